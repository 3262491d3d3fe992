package org.marketingadvisor.editor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.marketingadvisor.editor.QuestionForm.OptionRow;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.web.FormError;
import org.springframework.validation.Errors;

/**
 * A question form checked field by field and turned into the question's YAML map (on top
 * of the map it had, so keys the form does not show, such as a unit, stay); and the form
 * of a question as it is.
 */
final class QuestionBuild {

	private QuestionBuild() {
	}

	static Optional<QuestionType> type(String code) {
		return Arrays.stream(QuestionType.values()).filter(t -> t.code().equals(code)).findFirst();
	}

	/** The form of a question as it is stored. */
	static QuestionForm form(KnowledgeBase kb, Question q, String section, int position) {
		List<OptionRow> rows = new ArrayList<>();
		for (Option o : q.options()) {
			rows.add(new OptionRow(o.id(), o.id(), o.label().get(Lang.RU), o.label().get(Lang.UK),
					o.label().get(Lang.EN), null));
		}
		var c = q.condition();
		String op = c == null ? "" : c.equals() != null ? "equals" : c.min() != null ? "min" : "anyOf";
		List<String> values = c == null ? List.of()
				: c.equals() != null ? List.of(c.equals() ? "yes" : "no") : c.anyOf() != null ? c.anyOf() : List.of();
		return new QuestionForm(section, q.id(), q.type().code(), q.isRequired() ? "on" : null, num(q.min()),
				num(q.max()), texts(q.text()), texts(q.help()), rows, c == null ? "" : c.question(), op, values,
				c == null || c.min() == null ? "" : num(c.min()), String.valueOf(position), "", null)
			.withEmptyRows();
	}

	private static Texts texts(LocalizedText t) {
		return t == null ? Texts.EMPTY : new Texts(t.get(Lang.RU), t.get(Lang.UK), t.get(Lang.EN));
	}

	static String num(Double d) {
		return d == null ? "" : GuidedForm.format(d);
	}

	/** An id made from a label: small Latin letters, digits and single hyphens. */
	static String slug(String label) {
		String s = Normalizer.normalize(label, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		return s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
	}

	/**
	 * The question's map as the form says, on top of {@code before} (empty for a new
	 * question); what is wrong goes into {@code errors}, next to its field.
	 */
	static Map<String, Object> build(KnowledgeBase kb, QuestionForm form, Map<String, Object> before, String qid,
			Errors errors) {
		Map<String, Object> q = new LinkedHashMap<>();
		q.put("id", qid);
		QuestionType type = type(form.type()).orElse(null);
		if (type == null) {
			errors.rejectValue("type", "question.error.type");
			type = QuestionType.values()[0];
		}
		q.put("type", type.code());
		q.put("required", form.isRequired());
		q.putAll(before);
		q.put("id", qid);
		q.put("type", type.code());
		q.put("required", form.isRequired());
		q.remove("min");
		q.remove("max");
		if (type.numeric()) {
			Double min = number(form.min(), "min", errors);
			Double max = number(form.max(), "max", errors);
			if (min != null && max != null && min >= max) {
				errors.rejectValue("max", "question.error.range");
			}
			if (min != null) {
				q.put("min", plain(min));
			}
			if (max != null) {
				q.put("max", plain(max));
			}
		}
		q.put("text", KnowledgeEditing.texts(form.text(), "text", errors));
		q.put("help", KnowledgeEditing.texts(form.help(), "help", errors));
		q.remove("options");
		if (type.hasOptions()) {
			q.put("options", options(form, before, errors));
		}
		q.remove("condition");
		Map<String, Object> condition = condition(kb, form, qid, errors);
		if (condition != null) {
			q.put("condition", condition);
		}
		return q;
	}

	private static Object plain(double d) {
		return d == Math.rint(d) ? (Object) (long) d : (Object) d;
	}

	private static Double number(String s, String field, Errors errors) {
		if (s.isEmpty()) {
			errors.rejectValue(field, "question.error.number");
			return null;
		}
		try {
			return Double.parseDouble(s.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "question.error.number");
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> options(QuestionForm form, Map<String, Object> before, Errors errors) {
		Map<String, Map<String, Object>> old = new LinkedHashMap<>();
		if (before.get("options") instanceof List<?> list) {
			for (Object o : list) {
				Map<String, Object> m = (Map<String, Object>) o;
				old.put(String.valueOf(m.get("id")), m);
			}
		}
		List<Map<String, Object>> options = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < form.options().size(); i++) {
			OptionRow row = form.options().get(i);
			if (row.blank() || row.removed()) {
				continue;
			}
			String field = "options[" + i + "]";
			String id = !row.old().isEmpty() ? row.old() : !row.id().isEmpty() ? row.id() : slug(row.en());
			if (row.old().isEmpty() && !id.matches(Drafts.ID_PATTERN)) {
				errors.rejectValue(field + ".id", "question.error.option-id");
			}
			else if (!ids.add(id)) {
				errors.rejectValue(field + ".id", "question.error.option-duplicate", new Object[] { id }, null);
			}
			Map<String, Object> label = new LinkedHashMap<>();
			for (Lang l : Lang.values()) {
				String v = switch (l) {
					case RU -> row.ru();
					case UK -> row.uk();
					case EN -> row.en();
				};
				if (v.isEmpty()) {
					errors.rejectValue(field + "." + l.code(), "question.error.option-label",
							new Object[] { FormError.language(l) }, null);
				}
				label.put(l.code(), v);
			}
			Map<String, Object> option = new LinkedHashMap<>(old.getOrDefault(row.old(), Map.of()));
			option.put("id", id);
			option.put("label", label);
			options.add(option);
		}
		if (options.size() < 2) {
			errors.rejectValue("options", "question.error.options");
		}
		return options;
	}

	private static Map<String, Object> condition(KnowledgeBase kb, QuestionForm form, String qid, Errors errors) {
		if (form.when().isEmpty()) {
			return null;
		}
		Question parent = kb.question(form.when()).orElse(null);
		if (parent == null || parent.id().equals(qid)) {
			errors.rejectValue("when", "question.error.when");
			return null;
		}
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("question", parent.id());
		if (parent.type().hasFixedValues()) {
			if (form.whenValues().size() != 1 || !List.of("yes", "no").contains(form.whenValues().get(0))) {
				errors.rejectValue("whenValues", "question.error.when-value");
				return null;
			}
			c.put("equals", form.whenValues().get(0).equals("yes"));
		}
		else if (parent.type().numeric()) {
			Double min = number(form.whenMin(), "whenMin", errors);
			if (min == null) {
				return null;
			}
			c.put("min", plain(min));
		}
		else {
			List<String> known = parent.answerValues();
			if (form.whenValues().isEmpty() || !known.containsAll(form.whenValues())) {
				errors.rejectValue("whenValues", "question.error.when-value");
				return null;
			}
			c.put("anyOf", form.whenValues());
		}
		return c;
	}

	/**
	 * The answer a scenario assumes, as typed, in the question's type; null when not
	 * valid.
	 */
	static Object answer(Question q, String typed) {
		if (typed.isEmpty()) {
			return null;
		}
		if (q.type().hasFixedValues()) {
			return typed.equals("yes") ? Boolean.TRUE : typed.equals("no") ? Boolean.FALSE : null;
		}
		if (q.type().numeric()) {
			try {
				double d = Double.parseDouble(typed.replace(',', '.'));
				boolean inRange = (q.min() == null || d >= q.min()) && (q.max() == null || d <= q.max());
				return inRange ? plain(d) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		if (q.option(typed).isEmpty()) {
			return null;
		}
		return q.type().manyValues() ? List.of(typed) : typed;
	}

}
