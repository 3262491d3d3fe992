package org.marketingadvisor.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.marketingadvisor.scenario.ScenarioForm.Expectations;

/**
 * A scenario as an entry of the browser's file, from the form: what the form does not
 * show (the description, ceilings on severities, priorities and the number of
 * recommendations) is kept from the scenario edited or copied.
 */
final class ScenarioEntries {

	private ScenarioEntries() {
	}

	/**
	 * The entry; {@code name} is the name to write (see {@link ScenarioEditing}: the
	 * form's text is one language's).
	 */
	static Map<String, Object> entry(String id, ScenarioForm form, ScenarioText name, Map<String, Object> answers,
			Optional<Map<String, Object>> source) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", id);
		entry.put("name", name.value());
		source.map(s -> s.get("description")).ifPresent(d -> entry.put("description", d));
		if (!form.base().isBlank()) {
			entry.put("base", form.base());
		}
		source.map(s -> s.get("maxRecommendations")).ifPresent(m -> entry.put("maxRecommendations", m));
		entry.put("answers", answers);
		Map<String, Object> expect = expectation(form.expect(), source.map(s -> s.get("expect")));
		Map<String, Object> absent = expectation(form.absent(), source.map(s -> s.get("absent")));
		if (!expect.isEmpty()) {
			entry.put("expect", expect);
		}
		if (!absent.isEmpty()) {
			entry.put("absent", absent);
		}
		return entry;
	}

	/**
	 * The form's lists, with the ceilings the form does not show kept from the source.
	 */
	private static Map<String, Object> expectation(Expectations e, Optional<Object> source) {
		Map<String, Object> out = new LinkedHashMap<>();
		put(out, "findings", e.findings());
		put(out, "recommendations", e.recommendations());
		put(out, "rules", e.rules());
		if (source.isPresent() && source.get() instanceof Map<?, ?> kept) {
			for (String key : List.of("severities", "priorities")) {
				if (kept.get(key) instanceof List<?> values && !values.isEmpty()) {
					out.put(key, kept.get(key));
				}
			}
		}
		return out;
	}

	private static void put(Map<String, Object> out, String key, List<String> values) {
		if (!values.isEmpty()) {
			out.put(key, values);
		}
	}

}
