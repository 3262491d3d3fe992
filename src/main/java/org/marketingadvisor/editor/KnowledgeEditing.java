package org.marketingadvisor.editor;

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
		List<Problem> refused = Drafts.knowledgeBaseProblems(content.with(file, text));
		if (!refused.isEmpty()) {
			return FormError.problems(refused);
		}
		versions.saveDraftFile(draft, file, text);
		return List.of();
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
