package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.marketingadvisor.ruleset.Drafts;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The scenarios consultants write in the browser: one file of the draft, read as a list
 * of entries (each field kept as it is, so an edit changes only what the form changed)
 * and written back whole.
 */
final class BrowserScenarios {

	static final String FILE = "rules/scenarios/rules/browser.yaml";

	/**
	 * The prefix of every id of the file, so no id clashes with a shipped one by
	 * accident.
	 */
	static final String PREFIX = "browser.";

	private static final String HEADER = "# Scenarios written or pinned in the browser.\nscenarios:\n";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Map<String, Object>> entries;

	private BrowserScenarios(List<Map<String, Object>> entries) {
		this.entries = entries;
	}

	/** The file's entries; none when the draft has no such file yet. */
	@SuppressWarnings("unchecked")
	static BrowserScenarios read(String text) {
		List<Map<String, Object>> entries = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			Map<String, Object> file = YAML.readValue(text, LinkedHashMap.class);
			if (file != null && file.get("scenarios") instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof Map<?, ?> map) {
						entries.add(new LinkedHashMap<>((Map<String, Object>) map));
					}
				}
			}
		}
		return new BrowserScenarios(entries);
	}

	/**
	 * Whether the file is the browser's (consultants may edit and delete its scenarios).
	 */
	static boolean editable(String file) {
		return FILE.equals(file);
	}

	Optional<Map<String, Object>> entry(String id) {
		return entries.stream().filter(e -> id.equals(e.get("id"))).findFirst().map(LinkedHashMap::new);
	}

	/** The entry replaced in place when its id is there, else added at the end. */
	BrowserScenarios with(Map<String, Object> entry) {
		List<Map<String, Object>> copy = new ArrayList<>(entries);
		int at = indexOf(String.valueOf(entry.get("id")));
		if (at < 0) {
			copy.add(entry);
		}
		else {
			copy.set(at, entry);
		}
		return new BrowserScenarios(copy);
	}

	BrowserScenarios without(String id) {
		List<Map<String, Object>> copy = new ArrayList<>(entries);
		copy.removeIf(e -> id.equals(e.get("id")));
		return new BrowserScenarios(copy);
	}

	boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The file's text: the header and every entry. */
	String text() {
		StringBuilder out = new StringBuilder(HEADER);
		entries.forEach(e -> out.append(Drafts.yamlListItem(e, 2)));
		return out.toString();
	}

	/** One entry as YAML (what the restore button after a delete sends back). */
	static String entryText(Map<String, Object> entry) {
		return YAML.writeValueAsString(entry);
	}

	/** An entry from {@link #entryText}; empty when the text is not one. */
	@SuppressWarnings("unchecked")
	static Optional<Map<String, Object>> entryFrom(String text) {
		try {
			Object value = YAML.readValue(text, LinkedHashMap.class);
			if (value instanceof Map<?, ?> map && map.get("id") instanceof String) {
				return Optional.of(JSON.convertValue(map, LinkedHashMap.class));
			}
		}
		catch (RuntimeException ex) {
			// not an entry: refused below
		}
		return Optional.empty();
	}

	private int indexOf(String id) {
		for (int i = 0; i < entries.size(); i++) {
			if (id.equals(entries.get(i).get("id"))) {
				return i;
			}
		}
		return -1;
	}

}
