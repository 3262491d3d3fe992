package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.web.FormError;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Knowledge-base changes made in the browser: the texts of an entry in the three
 * languages, and new questions. Every change is checked by the same validation as at
 * start-up before it is saved in the draft; the problems come back as {@link FormError}s.
 */
@Service
class KnowledgeEditing {

	static final String QUESTIONNAIRE = "knowledge-base/questionnaire.yaml";

	private final VersionStore store;

	private final RuleSetVersions versions;

	KnowledgeEditing(VersionStore store, RuleSetVersions versions) {
		this.store = store;
		this.versions = versions;
	}

	/** A text field of the edit form, with its texts by language. */
	record Field(String name, Map<String, String> texts) {
	}

	/** Saves an entry's texts; returns why they were refused, or nothing. */
	List<FormError> saveTexts(UUID draft, String kind, String entryId, String option, List<Field> typed) {
		String file = file(kind);
		Content content = store.content(draft);
		String text = content.files().get(file);
		List<String> path = option == null || option.isBlank() ? List.of(entryId) : List.of(entryId, option);
		for (Field f : typed) {
			text = KnowledgeTexts.set(text, path, f.name(), f.texts());
		}
		List<String> refused = Problem.english(Drafts.knowledgeBaseProblems(content.with(file, text)));
		if (!refused.isEmpty()) {
			return FormError.texts(refused);
		}
		versions.saveDraftFile(draft, file, text);
		return List.of();
	}

	/**
	 * Adds a question as typed in the form; what is wrong goes into {@code errors}, next
	 * to its field when it has one, and nothing is saved then.
	 */
	void addQuestion(UUID draft, NewQuestion form, Errors errors) {
		String qid = form.qid() == null ? "" : form.qid().strip();
		String section = form.section() == null ? "" : form.section();
		if (!qid.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
			errors.rejectValue("qid", "knowledge.question.bad-id");
		}
		QuestionType type = Arrays.stream(QuestionType.values())
			.filter(t -> t.code().equals(form.type()))
			.findFirst()
			.orElse(QuestionType.YES_NO);
		Map<String, Object> q = new LinkedHashMap<>();
		q.put("id", qid);
		q.put("type", type.code());
		q.put("required", form.isRequired());
		if (type.numeric()) {
			q.put("min", number(form.min(), 1));
			q.put("max", number(form.max(), type == QuestionType.SCALE ? 5 : 1000));
		}
		q.put("text", texts(form.text(), "text", errors));
		q.put("help", texts(form.help(), "help", errors));
		if (type.hasOptions()) {
			List<Map<String, Object>> options = new ArrayList<>();
			String[] optionLines = (form.options() == null ? "" : form.options()).split("\n");
			for (int n = 0; n < optionLines.length; n++) {
				String line = optionLines[n];
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split("\\|", -1);
				if (parts.length != 4 || Arrays.stream(parts).anyMatch(String::isBlank)) {
					errors.rejectValue("options", "knowledge.question.option-line", new Object[] { n + 1 }, null);
					continue;
				}
				options.add(Map.of("id", parts[0].strip(), "label", new LinkedHashMap<>(
						Map.of("ru", parts[1].strip(), "uk", parts[2].strip(), "en", parts[3].strip()))));
			}
			if (options.size() < 2) {
				errors.rejectValue("options", "knowledge.question.options");
			}
			q.put("options", options);
		}
		String when = form.when() == null ? "" : form.when();
		if (!when.isBlank()) {
			Map<String, Object> condition = new LinkedHashMap<>();
			condition.put("question", when);
			String values = form.whenValues() == null ? "" : form.whenValues().strip();
			if (values.equals("yes") || values.equals("no")) {
				condition.put("equals", values.equals("yes"));
			}
			else {
				condition.put("anyOf", Arrays.stream(values.split(",")).map(String::strip).toList());
			}
			q.put("condition", condition);
		}
		if (errors.hasErrors()) {
			return;
		}
		Content content = store.content(draft);
		String yaml = Drafts.yamlListItem(q, 0);
		try {
			String text = KnowledgeTexts.addQuestion(content.files().get(QUESTIONNAIRE), section, yaml);
			// the start-up validation names file and line itself: shown as it says it
			for (Problem p : Drafts.knowledgeBaseProblems(content.with(QUESTIONNAIRE, text))) {
				FormError error = FormError.problem(p);
				errors.reject(error.key(), error.getArguments(), p.english());
			}
			if (!errors.hasErrors()) {
				versions.saveDraftFile(draft, QUESTIONNAIRE, text);
			}
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("section", "knowledge.question.bad-section");
		}
	}

	static Object number(String s, double fallback) {
		try {
			double d = s == null || s.isBlank() ? fallback : Double.parseDouble(s.strip());
			return d == Math.rint(d) ? (Object) (long) d : (Object) d;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/** A form's text in the three languages; each missing one is named at its field. */
	static Map<String, String> texts(Texts texts, String name, Errors errors) {
		for (Lang l : Lang.values()) {
			if (texts.get(l).isEmpty()) {
				errors.rejectValue(name + "." + l.code(), "knowledge.missing",
						new Object[] { FormError.of("knowledge.field." + name), FormError.language(l) }, null);
			}
		}
		return texts.present();
	}

	/** The text of one field in one language is missing. */
	static FormError missing(String field, Lang lang) {
		return FormError.of("knowledge.missing", FormError.of("knowledge.field." + field), FormError.language(lang));
	}

	static String file(String kind) {
		return switch (kind) {
			case "finding" -> "knowledge-base/findings.yaml";
			case "recommendation" -> "knowledge-base/recommendations.yaml";
			default -> QUESTIONNAIRE;
		};
	}

	static List<Field> fields(KnowledgeBase kb, String kind, String id, String option) {
		return switch (kind) {
			case "question" -> {
				Question q = kb.question(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("text", q.text()), field("help", q.help()));
			}
			case "option" -> {
				Question q = kb.question(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				Option o = (q.options() == null ? List.<Option>of() : q.options()).stream()
					.filter(x -> x.id().equals(option))
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("label", o.label()));
			}
			case "finding" -> {
				var f = kb.finding(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("title", f.title()), field("description", f.description()));
			}
			case "recommendation" -> {
				var r = kb.recommendation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("title", r.title()), field("summary", r.summary()));
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	static Field field(String name, LocalizedText text) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Lang l : Lang.values()) {
			String v = text == null ? null : text.get(l);
			texts.put(l.code(), v == null ? "" : v);
		}
		return new Field(name, texts);
	}

}
