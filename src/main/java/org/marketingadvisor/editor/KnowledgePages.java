package org.marketingadvisor.editor;

import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.web.FormError;
import org.marketingadvisor.web.FormFields;

import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.RuleSetVersions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Knowledge-base editing in the browser: the texts of questions, options, findings and
 * recommendations in the three languages, and new questions; every change is checked by
 * the same validation as at start-up before it is saved in the draft, and a missing
 * translation is named, never saved blank.
 */
@Controller
class KnowledgePages {

	static final String VIEW_LIST = "authoring/knowledge";

	static final String VIEW_EDIT = "authoring/knowledge-edit";

	private final VersionStore store;

	private final KnowledgeEditing editing;

	private final Messages messages;

	KnowledgePages(VersionStore store, KnowledgeEditing editing, Messages messages) {
		this.store = store;
		this.editing = editing;
		this.messages = messages;
	}

	/** An entry of the list: what it is, its id, its text in the page's language. */
	record Entry(String kind, String id, String option, String label) {
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge")
	String list(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Version draft = Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Lang lang = LangLocaleResolver.current(request);
		List<Entry> questions = new ArrayList<>();
		for (Question q : kb.questions()) {
			questions.add(new Entry("question", q.id(), null, q.text().get(lang)));
			if (q.options() != null) {
				for (Option o : q.options()) {
					questions.add(new Entry("option", q.id(), o.id(), o.label().get(lang)));
				}
			}
		}
		model.addAttribute("draft", draft);
		model.addAttribute("questions", questions);
		model.addAttribute("findings",
				kb.findings().stream().map(f -> new Entry("finding", f.id(), null, f.title().get(lang))).toList());
		model.addAttribute("recommendations",
				kb.recommendations()
					.stream()
					.map(r -> new Entry("recommendation", r.id(), null, r.title().get(lang)))
					.toList());
		return VIEW_LIST;
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge/edit")
	String edit(@PathVariable UUID id, @RequestParam String kind, @RequestParam("entry") String entryId,
			@RequestParam(required = false) String option, Model model) {
		Version draft = Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		List<KnowledgeEditing.Field> fields = KnowledgeEditing.fields(kb, kind, entryId, option);
		return editPage(model, draft, kind, entryId, option, fields, List.of());
	}

	@PostMapping("/consultant/rules/drafts/{id}/knowledge/edit")
	String save(@PathVariable UUID id, @RequestParam String kind, @RequestParam("entry") String entryId,
			@RequestParam(required = false) String option, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Version draft = Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		List<KnowledgeEditing.Field> typed = new ArrayList<>();
		List<FormError> problems = new ArrayList<>();
		for (KnowledgeEditing.Field f : KnowledgeEditing.fields(kb, kind, entryId, option)) {
			Map<String, String> texts = new LinkedHashMap<>();
			for (Lang l : Lang.values()) {
				String v = FormFields.param(request, f.name() + "." + l.code()).strip();
				texts.put(l.code(), v);
				if (v.isEmpty()) {
					problems.add(KnowledgeEditing.missing(f.name(), l));
				}
			}
			typed.add(new KnowledgeEditing.Field(f.name(), texts));
		}
		if (!problems.isEmpty()) {
			return editPage(model, draft, kind, entryId, option, typed, problems);
		}
		List<FormError> refused = editing.saveTexts(id, kind, entryId, option, typed);
		if (!refused.isEmpty()) {
			return editPage(model, draft, kind, entryId, option, typed, refused);
		}
		// named by its first text as saved (a title, a question's text, an option's
		// label), in the page's language, not by its id
		Lang lang = LangLocaleResolver.current(request);
		redirect.addFlashAttribute("saved",
				messages.get(lang, "knowledge.saved", typed.get(0).texts().get(lang.code())));
		return "redirect:/consultant/rules/drafts/" + id + "/knowledge";
	}

	private String editPage(Model model, Version draft, String kind, String entryId, String option,
			List<KnowledgeEditing.Field> fields, List<FormError> problems) {
		model.addAttribute("draft", draft);
		model.addAttribute("kind", kind);
		model.addAttribute("entry", entryId);
		model.addAttribute("option", option);
		model.addAttribute("fields", fields);
		model.addAttribute("problems", problems);
		return VIEW_EDIT;
	}

}
