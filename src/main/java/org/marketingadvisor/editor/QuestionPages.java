package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.editor.QuestionForm.OptionRow;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.web.FormError;
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
 * The question editor: a new question, or everything of an existing one (texts, required,
 * type, options in a table, range, show condition, place in its section) and its
 * deletion. The page shows what uses the question; a change that can break something (a
 * removed option, made required, another type, a deletion) is shown with its effects and
 * saved only once confirmed.
 */
@Controller
class QuestionPages {

	static final String VIEW = "authoring/knowledge-question";

	static final String VIEW_DELETE = "authoring/knowledge-question-delete";

	private final VersionStore store;

	private final QuestionEditing editing;

	private final Messages messages;

	private final RuleBook book;

	QuestionPages(VersionStore store, QuestionEditing editing, Messages messages, RuleBook book) {
		this.book = book;
		this.store = store;
		this.editing = editing;
		this.messages = messages;
	}

	private static String base(UUID id) {
		return "/consultant/rules/drafts/" + id + "/knowledge";
	}

	private static Question question(KnowledgeBase kb, String qid) {
		return kb.question(qid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge/question")
	String newQuestion(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		model.addAttribute("question", QuestionForm.EMPTY);
		return page(model, id, kb, null, LangLocaleResolver.current(request), null, null);
	}

	@PostMapping("/consultant/rules/drafts/{id}/knowledge/question")
	String addQuestion(@PathVariable UUID id, @ModelAttribute("question") QuestionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Lang lang = LangLocaleResolver.current(request);
		if (!action.equals("save")) {
			return page(model, id, kb, null, lang, null, result);
		}
		QuestionEditing.Plan plan = editing.plan(id, kb, null, form, lang, result);
		if (plan == null) {
			response.setStatus(422);
			return page(model, id, kb, null, lang, null, result);
		}
		saved(redirect, lang, editing.apply(id, plan), plan, form.text().get(lang));
		return "redirect:" + base(id) + "/questions/" + form.qid() + "#saved";
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge/questions/{qid}")
	String edit(@PathVariable UUID id, @PathVariable String qid, HttpServletRequest request, Model model) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Question q = question(kb, qid);
		QuestionEditing.Place place = QuestionEditing.place(kb, qid);
		model.addAttribute("question", QuestionBuild.form(kb, q, place.section().id(), place.position()));
		return page(model, id, kb, q, LangLocaleResolver.current(request), null, null);
	}

	@PostMapping("/consultant/rules/drafts/{id}/knowledge/questions/{qid}")
	String save(@PathVariable UUID id, @PathVariable String qid, @ModelAttribute("question") QuestionForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Question q = question(kb, qid);
		Lang lang = LangLocaleResolver.current(request);
		if (action.equals("up") || action.equals("down")) {
			int p = QuestionEditing.place(kb, qid).position() + (action.equals("up") ? -1 : 1);
			form = form.withPosition(p);
			model.addAttribute("question", form);
		}
		else if (!action.equals("save")) {
			return page(model, id, kb, q, lang, null, result);
		}
		QuestionEditing.Plan plan = editing.plan(id, kb, q, form, lang, result);
		if (plan == null) {
			response.setStatus(422);
			return page(model, id, kb, q, lang, null, result);
		}
		if (plan.destructive() && !form.confirmed()) {
			return page(model, id, kb, q, lang, plan, result);
		}
		saved(redirect, lang, editing.apply(id, plan), plan, form.text().get(lang));
		return "redirect:" + base(id) + "/questions/" + qid + "#saved";
	}

	@PostMapping("/consultant/rules/drafts/{id}/knowledge/questions/{qid}/delete")
	String delete(@PathVariable UUID id, @PathVariable String qid, @RequestParam(required = false) String confirm,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		Question q = question(kb, qid);
		Lang lang = LangLocaleResolver.current(request);
		QuestionUsage usage = editing.usage(id, kb, qid);
		Map<String, String> ruleWords = book.sentences(id, kb, lang);
		QuestionEditing.Plan plan = editing.deletion(id, q, usage);
		if (plan != null && "yes".equals(confirm)) {
			List<Problem> problems = editing.apply(id, plan);
			redirect.addFlashAttribute("saved", messages.get(lang, "question.deleted", q.text().get(lang)));
			redirect.addFlashAttribute("draftProblems", problems.size());
			return "redirect:" + base(id) + "#saved";
		}
		if (plan == null) {
			response.setStatus(409);
		}
		model.addAttribute("draft", Drafts.openDraft(store, id));
		model.addAttribute("q", q);
		model.addAttribute("label", q.text().get(lang));
		model.addAttribute("usage", usage);
		model.addAttribute("ruleWords", ruleWords);
		// refused: each rule and dependent question is named, linked, as what to change
		// first
		model.addAttribute("refused", plan == null);
		model.addAttribute("questionLabels", labels(kb, lang));
		model.addAttribute("effects", plan == null ? List.of() : words(plan.effects(), lang));
		return VIEW_DELETE;
	}

	/**
	 * The notice of a saved question, naming it by its text as the page's reader wrote
	 * it.
	 */
	private void saved(RedirectAttributes redirect, Lang lang, List<Problem> problems, QuestionEditing.Plan plan,
			String text) {
		redirect.addFlashAttribute("saved", messages.get(lang, "knowledge.saved", text));
		redirect.addFlashAttribute("savedEffects", words(plan.effects(), lang));
		redirect.addFlashAttribute("draftProblems", problems.size());
	}

	/** Every question's text in the page's language, by id. */
	private static Map<String, String> labels(KnowledgeBase kb, Lang lang) {
		Map<String, String> labels = new HashMap<>();
		kb.questions().forEach(k -> labels.put(k.id(), k.text().get(lang)));
		return labels;
	}

	private List<String> words(List<FormError> errors, Lang lang) {
		return errors.stream().map(e -> messages.get(lang, e.key(), e.getArguments())).toList();
	}

	private String page(Model model, UUID id, KnowledgeBase kb, Question q, Lang lang, QuestionEditing.Plan plan,
			BindingResult result) {
		QuestionForm form = (QuestionForm) model.getAttribute("question");
		model.addAttribute("draft", Drafts.openDraft(store, id));
		model.addAttribute("q", q);
		model.addAttribute("label", q == null ? "" : q.text().get(lang));
		model.addAttribute("problems", result == null ? List.of() : messages.summary(result, lang));
		model.addAttribute("sections",
				kb.sections().stream().map(s -> new Choice(s.id(), s.title().get(lang))).toList());
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("parents",
				kb.questions()
					.stream()
					.filter(p -> q == null || !p.id().equals(q.id()))
					.map(p -> new Choice(p.id(), p.text().get(lang)))
					.toList());
		Question parent = kb.question(form.when()).orElse(null);
		model.addAttribute("parent", parent);
		model.addAttribute("parentValues", parent == null ? List.of() : values(parent, lang));
		String section = q == null ? form.section() : QuestionEditing.place(kb, q.id()).section().id();
		int size = kb.sections()
			.stream()
			.filter(s -> s.id().equals(section))
			.findFirst()
			.map(s -> s.questions().size())
			.orElse(kb.sections().get(0).questions().size()) + (q == null ? 1 : 0);
		model.addAttribute("positions", IntStream.rangeClosed(1, size).boxed().toList());
		model.addAttribute("answers", answers(form, lang));
		model.addAttribute("usage", q == null ? null : editing.usage(id, kb, q.id()));
		model.addAttribute("ruleWords", q == null ? Map.of() : book.sentences(id, kb, lang));
		model.addAttribute("questionLabels", labels(kb, lang));
		model.addAttribute("plan", plan);
		model.addAttribute("effects", plan == null ? List.of() : words(plan.effects(), lang));
		return VIEW;
	}

	/** The answers a parent question can have, with their labels. */
	private List<Choice> values(Question parent, Lang lang) {
		if (parent.type().hasFixedValues()) {
			return List.of(new Choice("yes", messages.get(lang, "question.answer.yes")),
					new Choice("no", messages.get(lang, "question.answer.no")));
		}
		return parent.options().stream().map(o -> new Choice(o.id(), o.label().get(lang))).toList();
	}

	/**
	 * The answers the form's question offers scenarios, from its option rows as typed.
	 */
	private List<Choice> answers(QuestionForm form, Lang lang) {
		if ("yes-no".equals(form.type())) {
			return List.of(new Choice("yes", messages.get(lang, "question.answer.yes")),
					new Choice("no", messages.get(lang, "question.answer.no")));
		}
		List<Choice> choices = new ArrayList<>();
		for (OptionRow o : form.filledOptions()) {
			if (o.removed()) {
				continue;
			}
			String value = !o.old().isEmpty() ? o.old() : !o.id().isEmpty() ? o.id() : QuestionBuild.slug(o.en());
			String label = switch (lang) {
				case RU -> o.ru();
				case UK -> o.uk();
				case EN -> o.en();
			};
			choices.add(new Choice(value, label.isEmpty() ? value : label));
		}
		return choices;
	}

}
