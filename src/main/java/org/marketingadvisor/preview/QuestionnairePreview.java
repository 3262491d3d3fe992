package org.marketingadvisor.preview;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.assessment.ReviewPage;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;
import org.marketingadvisor.questionnaire.AnswerError;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.questionnaire.FormAnswers;
import org.marketingadvisor.questionnaire.SectionForm;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draft's questionnaire as an owner walks through it: the owner's own section and
 * review templates with the draft's questions, texts and show conditions, back, next and
 * the language switch, and at the end the draft's report for the answers. The answers
 * stay in the consultant's session ({@link PreviewAnswers}); nothing is stored.
 */
@Controller
class QuestionnairePreview {

	static final String BASE = "/consultant/rules/drafts/{id}/preview/q";

	static final String VIEW_SECTION = "questionnaire/section";

	static final String VIEW_REVIEW = "questionnaire/review";

	private final DraftPreviews previews;

	private final Messages messages;

	private final PreviewPdf pdf;

	QuestionnairePreview(DraftPreviews previews, Messages messages, PreviewPdf pdf) {
		this.previews = previews;
		this.messages = messages;
		this.pdf = pdf;
	}

	/** Starts (or continues) the walk at the first page. */
	@GetMapping(BASE)
	String start(@PathVariable UUID id) {
		DraftPreviews.Draft draft = previews.open(id);
		return "redirect:" + base(id) + "/" + draft.kb().sections().get(0).id();
	}

	/** Forgets the answers given so far and starts again. */
	@PostMapping(BASE + "/restart")
	String restart(@PathVariable UUID id, HttpServletRequest request) {
		DraftPreviews.Draft draft = previews.open(id);
		PreviewAnswers.forget(request, id);
		return "redirect:" + base(id) + "/" + draft.kb().sections().get(0).id();
	}

	@GetMapping(BASE + "/{section}")
	String section(@PathVariable UUID id, @PathVariable String section, HttpServletRequest request, Model model) {
		DraftPreviews.Draft draft = previews.open(id);
		KnowledgeBase kb = draft.kb();
		Lang lang = LangLocaleResolver.current(request);
		Section s = requireSection(kb, section);
		JsonNode visible = new AnswerValidator(kb, lang).withoutHidden(PreviewAnswers.of(request, id));
		page(draft, SectionForm.of(kb, s.id(), lang, visible, Map.of()), model);
		return VIEW_SECTION;
	}

	@PostMapping(BASE + "/{section}")
	String save(@PathVariable UUID id, @PathVariable String section, @RequestParam(defaultValue = "next") String action,
			HttpServletRequest request, Model model) {
		DraftPreviews.Draft draft = previews.open(id);
		KnowledgeBase kb = draft.kb();
		Section s = requireSection(kb, section);
		Lang lang = LangLocaleResolver.current(request);
		AnswerValidator validator = new AnswerValidator(kb, lang);
		ObjectNode answers = validator
			.withoutHidden(FormAnswers.merge(PreviewAnswers.of(request, id), s, request.getParameterMap()));
		PreviewAnswers.keep(request, id, answers);
		SectionForm form = SectionForm.of(kb, s.id(), lang, answers, Map.of());
		if (action.equals("back")) {
			return "redirect:" + base(id) + "/" + (form.previous() == null ? s.id() : form.previous());
		}
		if (action.equals("stay")) {
			return "redirect:" + base(id) + "/" + s.id() + "?lang=" + lang.code();
		}
		Map<String, String> errors = errorsOn(s, validator.validate(answers).errors(), lang);
		Set<String> newlyShown = newlyShown(form, request.getParameter("_shown"));
		if (!newlyShown.isEmpty()) {
			// as on the owner's page: questions this post revealed are asked before they
			// are judged
			errors.keySet().removeAll(newlyShown);
			model.addAttribute("newQuestions", true);
		}
		if (!errors.isEmpty() || !newlyShown.isEmpty()) {
			page(draft, SectionForm.of(kb, s.id(), lang, answers, errors), model);
			return VIEW_SECTION;
		}
		return "redirect:" + base(id) + "/" + (form.next() == null ? "review" : form.next());
	}

	@GetMapping(BASE + "/review")
	String review(@PathVariable UUID id, HttpServletRequest request, Model model) {
		DraftPreviews.Draft draft = previews.open(id);
		review(draft, LangLocaleResolver.current(request), PreviewAnswers.of(request, id), List.of(), model);
		return VIEW_REVIEW;
	}

	/**
	 * "Get the report": the draft's report for the answers when its questionnaire takes
	 * them, else the review with what is missing (422).
	 */
	@PostMapping(BASE + "/submit")
	String submit(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model) {
		DraftPreviews.Draft draft = previews.open(id);
		Lang lang = LangLocaleResolver.current(request);
		AnswerValidator validator = new AnswerValidator(draft.kb(), lang);
		JsonNode answers = validator.withoutHidden(PreviewAnswers.of(request, id));
		AnswerValidator.Result result = validator.validate(answers);
		if (!result.valid()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			review(draft, lang, answers, result.errors(), model);
			return VIEW_REVIEW;
		}
		return "redirect:" + base(id) + "/report?lang=" + lang.code();
	}

	@GetMapping(BASE + "/report")
	String report(@PathVariable UUID id, @RequestParam(required = false) String show, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		DraftPreviews.Draft draft = previews.open(id);
		Lang lang = LangLocaleResolver.current(request);
		JsonNode answers = PreviewAnswers.of(request, id);
		AnswerValidator validator = new AnswerValidator(draft.kb(), lang);
		AnswerValidator.Result result = validator.validate(validator.withoutHidden(answers));
		if (!result.valid()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			review(draft, lang, answers, result.errors(), model);
			return VIEW_REVIEW;
		}
		DraftPreviews.Comparison comparison = previews.compare(draft, answers, lang, null);
		model.addAttribute("pdf", base(id) + "/report/pdf");
		model.addAttribute("answersUrl", base(id) + "/review");
		return ReportPreview.page(draft, comparison, show, base(id) + "/report", model);
	}

	/** The PDF of the report for the answers given; 422 while they are incomplete. */
	@GetMapping(BASE + "/report/pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable UUID id, @RequestParam(required = false) String show,
			HttpServletRequest request) {
		DraftPreviews.Draft draft = previews.open(id);
		Lang lang = LangLocaleResolver.current(request);
		return pdf.of(previews.compare(draft, PreviewAnswers.of(request, id), lang, null), show, lang, request);
	}

	@ExceptionHandler(PreviewRefused.class)
	ModelAndView refused(PreviewRefused ex, HttpServletRequest request) {
		return PreviewViews.refused(ex, request, messages, PreviewViews.draftOf(request));
	}

	static String base(UUID id) {
		return PreviewViews.home(id) + "/q";
	}

	private void page(DraftPreviews.Draft draft, SectionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errorCount", form.errorCount());
		model.addAttribute("qBase", base(draft.version().id()));
		PreviewViews.banner(model, draft.version());
	}

	private void review(DraftPreviews.Draft draft, Lang lang, JsonNode raw, List<AnswerError> errors, Model model) {
		KnowledgeBase kb = draft.kb();
		JsonNode answers = new AnswerValidator(kb, lang).withoutHidden(raw);
		model.addAttribute("review", ReviewPage.of(kb, lang, answers, messages));
		model.addAttribute("errors", ReviewPage.problems(kb, lang, errors, messages));
		model.addAttribute("qBase", base(draft.version().id()));
		PreviewViews.banner(model, draft.version());
	}

	private static Section requireSection(KnowledgeBase kb, String id) {
		return kb.sections()
			.stream()
			.filter(s -> s.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new PreviewRefused(HttpStatus.NOT_FOUND, "preview.error.no-section"));
	}

	private Map<String, String> errorsOn(Section s, List<AnswerError> errors, Lang lang) {
		Map<String, String> onPage = new LinkedHashMap<>();
		for (Question q : s.questions()) {
			errors.stream()
				.filter(e -> e.field().equals(q.id()))
				.findFirst()
				.ifPresent(e -> onPage.put(q.id(), messages.get(lang, e.code(), e.args().toArray())));
		}
		return onPage;
	}

	/** Questions shown now that the page did not show when it was filled in. */
	private static Set<String> newlyShown(SectionForm form, String shownParam) {
		if (shownParam == null) {
			return Set.of();
		}
		Set<String> before = new HashSet<>(Arrays.asList(shownParam.trim().split("\\s+")));
		Set<String> now = new HashSet<>();
		form.questions().stream().filter(q -> !q.hidden()).forEach(q -> now.add(q.id()));
		now.removeAll(before);
		return now;
	}

}
