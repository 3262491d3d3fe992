package org.marketingadvisor.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.marketingadvisor.editor.SourceForms.DocumentForm;
import org.marketingadvisor.editor.SourceForms.HeuristicForm;
import org.marketingadvisor.knowledge.Heuristic;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.web.FormError;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Sources added and changed in a draft: documents ({@code documents.yaml}) and their
 * heuristics ({@code heuristics.yaml}), each entry written in place so the rest of the
 * files keep their lines; checked by the start-up validation before saving.
 */
@Service
class SourceEditing {

	static final String DOCUMENTS = "knowledge-base/documents.yaml";

	static final String HEURISTICS = "knowledge-base/heuristics.yaml";

	private final VersionStore store;

	private final RuleSetVersions versions;

	SourceEditing(VersionStore store, RuleSetVersions versions) {
		this.store = store;
		this.versions = versions;
	}

	/**
	 * Saves a document ({@code existing} null for a new one, with its first heuristic);
	 * returns its id, or null when the form has errors. {@code dateNote} says, in a
	 * language, where the date comes from.
	 */
	String saveDocument(UUID draft, KnowledgeBase kb, String existing, DocumentForm form,
			Function<Lang, String> dateNote, Errors errors) {
		String id = existing != null ? existing
				: !form.code().isEmpty() ? form.code() : "doc." + QuestionBuild.slug(form.title().get(Lang.EN));
		if (existing == null && (!id.matches("doc\\." + Drafts.ID_PATTERN) || kb.document(id).isPresent())) {
			errors.rejectValue("code", kb.document(id).isPresent() ? "source.error.id-taken" : "source.error.doc-id");
		}
		Lang language = Lang.parse(form.language()).orElse(null);
		if (language == null) {
			errors.rejectValue("language", "source.error.language");
			language = Lang.RU;
		}
		Map<String, String> titles = KnowledgeEditing.texts(form.title(), "title", errors);
		if (form.publisher().isEmpty()) {
			errors.rejectValue("publisher", "source.error.publisher");
		}
		if (!form.date().isEmpty()) {
			try {
				LocalDate.parse(form.date());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("date", "source.error.date");
			}
		}
		if (!form.link().isEmpty() && !form.link().matches("https?://\\S+")) {
			errors.rejectValue("link", "source.error.link");
		}
		Map<String, String> note = KnowledgeEditing.texts(form.note(), "note", errors);
		Map<String, String> place = null;
		Map<String, String> paraphrase = null;
		if (existing == null) {
			place = KnowledgeEditing.texts(form.place(), "place", errors);
			paraphrase = KnowledgeEditing.texts(form.paraphrase(), "paraphrase", errors);
		}
		if (errors.hasErrors()) {
			return null;
		}
		Content content = store.content(draft);
		QuestionYaml docs = new QuestionYaml(content.files().get(DOCUMENTS));
		QuestionYaml.Block block = existing == null ? null : docs.items(2).get(existing);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", id);
		d.put("seed", "editor");
		if (block != null) {
			d.putAll(docs.read(block));
		}
		d.put("title", titles.get(language.code()));
		d.put("titles", titles);
		putOrRemove(d, "author", form.author());
		d.put("publisher", form.publisher());
		d.remove("publishers");
		d.put("date", form.date().isEmpty() ? null : form.date());
		d.put("language", language.code());
		putOrRemove(d, "link", form.link());
		Map<String, String> notes = new LinkedHashMap<>();
		for (Lang l : Lang.values()) {
			notes.put(l.code(), dateNote.apply(l));
		}
		String oldDate = kb.document(id).map(x -> x.date()).orElse(null);
		if (block == null || !Objects.equals(oldDate, form.date().isEmpty() ? null : form.date())) {
			d.put("dateNote", notes);
		}
		d.put("summary", note);
		int at = block == null ? docs.end() : block.start();
		if (block != null) {
			docs.remove(block);
		}
		docs.insert(at, d, 2);
		Map<String, String> files = new LinkedHashMap<>();
		files.put(DOCUMENTS, docs.text());
		if (existing == null) {
			QuestionYaml hs = new QuestionYaml(content.files().get(HEURISTICS));
			String hid = "h." + id.substring(4) + "."
					+ QuestionBuild.slug(form.paraphrase().get(Lang.EN)).replaceAll("^(([^-]+-){0,3}[^-]+).*", "$1");
			hs.insert(hs.end(), heuristic(hid, id, place, paraphrase, false), 2);
			files.put(HEURISTICS, hs.text());
		}
		return save(draft, content, files, errors) ? id : null;
	}

	/** Saves a heuristic; returns its id, or null when the form has errors. */
	String saveHeuristic(UUID draft, KnowledgeBase kb, String existing, HeuristicForm form, Errors errors) {
		if (kb.document(form.document()).isEmpty()) {
			errors.rejectValue("document", "source.error.document");
		}
		Map<String, String> place = KnowledgeEditing.texts(form.place(), "place", errors);
		Map<String, String> paraphrase = KnowledgeEditing.texts(form.paraphrase(), "paraphrase", errors);
		String id = existing;
		if (existing == null) {
			String doc = form.document().startsWith("doc.") ? form.document().substring(4) : form.document();
			id = !form.code().isEmpty() ? form.code() : "h." + doc + "."
					+ QuestionBuild.slug(form.paraphrase().get(Lang.EN)).replaceAll("^(([^-]+-){0,3}[^-]+).*", "$1");
			if (!id.matches("h\\.[a-z0-9-]+\\." + Drafts.ID_PATTERN)) {
				errors.rejectValue("code", "source.error.heuristic-id");
			}
			else if (kb.heuristic(id).isPresent()) {
				errors.rejectValue("code", "source.error.id-taken");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		Content content = store.content(draft);
		QuestionYaml hs = new QuestionYaml(content.files().get(HEURISTICS));
		Map<String, QuestionYaml.Block> items = hs.items(2);
		QuestionYaml.Block block = existing == null ? null : items.get(existing);
		int at = hs.end();
		if (block != null) {
			at = block.start();
			hs.remove(block);
		}
		else {
			for (Heuristic h : kb.heuristics()) {
				if (h.document().equals(form.document()) && items.containsKey(h.id())) {
					at = items.get(h.id()).end();
				}
			}
		}
		hs.insert(at, heuristic(id, form.document(), place, paraphrase, form.isDiagnosable()), 2);
		return save(draft, content, Map.of(HEURISTICS, hs.text()), errors) ? id : null;
	}

	private static Map<String, Object> heuristic(String id, String document, Map<String, String> place,
			Map<String, String> text, boolean diagnosable) {
		Map<String, Object> h = new LinkedHashMap<>();
		h.put("id", id);
		h.put("document", document);
		h.put("place", place);
		h.put("diagnosable", diagnosable);
		h.put("text", text);
		return h;
	}

	private static void putOrRemove(Map<String, Object> map, String key, String value) {
		if (value.isEmpty()) {
			map.remove(key);
		}
		else {
			map.put(key, value);
		}
	}

	private boolean save(UUID draft, Content content, Map<String, String> files, Errors errors) {
		Content changed = content;
		for (var f : files.entrySet()) {
			changed = changed.with(f.getKey(), f.getValue());
		}
		List<Problem> problems = Drafts.knowledgeBaseProblems(changed);
		for (Problem p : problems) {
			FormError error = FormError.problem(p);
			errors.reject(error.key(), error.getArguments(), p.english());
		}
		if (!problems.isEmpty()) {
			return false;
		}
		versions.saveDraftFiles(draft, files);
		return true;
	}

}
