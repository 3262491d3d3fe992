package org.marketingadvisor.editor;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.editor.SourceForms.DocumentForm;
import org.marketingadvisor.editor.SourceForms.HeuristicForm;
import org.marketingadvisor.knowledge.Document;
import org.marketingadvisor.knowledge.Heuristic;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.web.FormFields.Choice;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sources of a draft: the documents advice rests on, each with its heuristics (title,
 * author, publisher, date, link and note; paraphrases and their place), listed by title
 * and added or changed in forms whose errors stand next to their fields.
 */
@Controller
class SourcePages {

	static final String VIEW = "authoring/knowledge-sources";

	static final String VIEW_DOCUMENT = "authoring/knowledge-document";

	static final String VIEW_HEURISTIC = "authoring/knowledge-heuristic";

	private final VersionStore store;

	private final SourceEditing editing;

	private final Messages messages;

	SourcePages(VersionStore store, SourceEditing editing, Messages messages) {
		this.store = store;
		this.editing = editing;
		this.messages = messages;
	}

	/** A document as the list shows it, with its heuristics. */
	record DocumentView(Document document, String title, String publisher, List<Choice> heuristics) {
	}

	private static String base(UUID id) {
		return "/consultant/rules/drafts/" + id + "/knowledge/sources";
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge/sources")
	String list(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Lang lang = LangLocaleResolver.current(request);
		model.addAttribute("draft", Drafts.openDraft(store, id));
		model.addAttribute("documents",
				kb.documents()
					.stream()
					.map(d -> new DocumentView(d, SourceChoices.title(d, lang), d.publisher(lang),
							kb.heuristics()
								.stream()
								.filter(h -> h.document().equals(d.id()))
								.map(h -> new Choice(h.id(), SourceChoices.label(h, lang)))
								.toList()))
					.toList());
		return VIEW;
	}

	@GetMapping({ "/consultant/rules/drafts/{id}/knowledge/sources/document",
			"/consultant/rules/drafts/{id}/knowledge/sources/documents/{doc}" })
	String document(@PathVariable UUID id, @PathVariable(required = false) String doc, Model model) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Document d = doc == null ? null : document(kb, doc);
		model.addAttribute("source", d == null ? DocumentForm.EMPTY : DocumentForm.of(d));
		return documentPage(model, id, d);
	}

	@PostMapping({ "/consultant/rules/drafts/{id}/knowledge/sources/document",
			"/consultant/rules/drafts/{id}/knowledge/sources/documents/{doc}" })
	String saveDocument(@PathVariable UUID id, @PathVariable(required = false) String doc,
			@ModelAttribute("source") DocumentForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Document d = doc == null ? null : document(kb, doc);
		Lang lang = LangLocaleResolver.current(request);
		String saved = editing.saveDocument(id, kb, doc, form,
				l -> messages.get(l, form.date().isEmpty() ? "source.date-note.none" : "source.date-note.given"),
				result);
		if (saved == null) {
			response.setStatus(422);
			model.addAttribute("problems", messages.summary(result, lang));
			return documentPage(model, id, d);
		}
		redirect.addFlashAttribute("saved", messages.get(lang, "source.saved", form.title().get(lang)));
		return "redirect:" + base(id) + "#" + saved.replace('.', '-');
	}

	@GetMapping({ "/consultant/rules/drafts/{id}/knowledge/sources/heuristic",
			"/consultant/rules/drafts/{id}/knowledge/sources/heuristics/{hid}" })
	String heuristic(@PathVariable UUID id, @PathVariable(required = false) String hid,
			@RequestParam(required = false) String document, HttpServletRequest request, Model model) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Heuristic h = hid == null ? null : heuristic(kb, hid);
		model.addAttribute("source", h == null ? HeuristicForm.empty(document) : HeuristicForm.of(h));
		return heuristicPage(model, id, kb, h, LangLocaleResolver.current(request));
	}

	@PostMapping({ "/consultant/rules/drafts/{id}/knowledge/sources/heuristic",
			"/consultant/rules/drafts/{id}/knowledge/sources/heuristics/{hid}" })
	String saveHeuristic(@PathVariable UUID id, @PathVariable(required = false) String hid,
			@ModelAttribute("source") HeuristicForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Heuristic h = hid == null ? null : heuristic(kb, hid);
		Lang lang = LangLocaleResolver.current(request);
		String saved = editing.saveHeuristic(id, kb, hid, form, result);
		if (saved == null) {
			response.setStatus(422);
			model.addAttribute("problems", messages.summary(result, lang));
			return heuristicPage(model, id, kb, h, lang);
		}
		// named as the source picker names it (its paraphrase and place), never by its id
		String label = Drafts.knowledgeBase(store, id)
			.heuristic(saved)
			.map(written -> SourceChoices.label(written, lang))
			.orElse(form.paraphrase().get(lang));
		redirect.addFlashAttribute("saved", messages.get(lang, "source.heuristic-saved", label));
		return "redirect:" + base(id) + "#" + form.document().replace('.', '-');
	}

	private String documentPage(Model model, UUID id, Document d) {
		model.addAttribute("draft", Drafts.openDraft(store, id));
		model.addAttribute("doc", d);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return VIEW_DOCUMENT;
	}

	private String heuristicPage(Model model, UUID id, KnowledgeBase kb, Heuristic h, Lang lang) {
		model.addAttribute("draft", Drafts.openDraft(store, id));
		model.addAttribute("heuristic", h);
		model.addAttribute("documents",
				kb.documents().stream().map(d -> new Choice(d.id(), SourceChoices.title(d, lang))).toList());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return VIEW_HEURISTIC;
	}

	private static Document document(KnowledgeBase kb, String id) {
		return kb.document(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Heuristic heuristic(KnowledgeBase kb, String id) {
		return kb.heuristic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
