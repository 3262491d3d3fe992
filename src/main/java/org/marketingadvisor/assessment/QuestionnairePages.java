package org.marketingadvisor.assessment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;
import org.marketingadvisor.questionnaire.AnswerError;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.questionnaire.FormAnswers;
import org.marketingadvisor.questionnaire.SectionForm;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.BaseUrl;
import org.marketingadvisor.web.Messages;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The owner's way through the questionnaire: one section per page, every post saved as a
 * draft (even with errors, so nothing typed is lost), back and next, a language switch
 * that keeps the answers, a review page and the submission. Validation is the API's
 * validator.
 */
@Controller
class QuestionnairePages {

	static final String VIEW_SECTION = "questionnaire/section";

	static final String VIEW_REVIEW = "questionnaire/review";

	static final String VIEW_HOME = "home/index";

	/** The questions a section page showed when it was rendered, posted back with it. */
	static final String SHOWN_PARAM = "_shown";

	/**
	 * How often a section's save is tried when other saves of the draft keep coming
	 * first.
	 */
	static final int SAVE_ATTEMPTS = 5;

	private final AssessmentService assessments;

	private final RuleEngine engine;

	private final Messages messages;

	private final BaseUrl baseUrl;

	QuestionnairePages(AssessmentService assessments, RuleEngine engine, Messages messages, BaseUrl baseUrl) {
		this.assessments = assessments;
		this.engine = engine;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@PostMapping("/start")
	String start(@RequestParam(required = false) String companyLabel, HttpServletRequest request, Model model) {
		Lang lang = LangLocaleResolver.current(request);
		String label = companyLabel == null || companyLabel.isBlank() ? null : companyLabel.strip();
		if (label != null && label.length() > AssessmentController.LABEL_MAX) {
			model.addAttribute("companyLabel", companyLabel);
			model.addAttribute("companyLabelError",
					messages.get(lang, "error.company-label", AssessmentController.LABEL_MAX));
			return VIEW_HOME;
		}
		Assessment draft = assessments.startDraft(lang, label);
		return "redirect:/q/" + draft.getToken() + "/" + engine.knowledgeBase().sections().get(0).id();
	}

	/**
	 * The private resume link: continues where the owner stopped, asking only what is
	 * missing.
	 */
	@GetMapping("/q/{token}")
	String resume(@PathVariable String token, HttpServletRequest request) {
		Assessment a = find(token);
		if (a.isSubmitted()) {
			return "redirect:" + ReportLinks.of(token).html();
		}
		KnowledgeBase kb = engine.knowledgeBase();
		Lang lang = LangLocaleResolver.current(request);
		JsonNode answers = new AnswerValidator(kb, lang).withoutHidden(assessments.answers(a));
		List<AnswerError> errors = new AnswerValidator(kb, lang).validate(answers).errors();
		Optional<String> firstOpen = kb.sections()
			.stream()
			.filter(s -> s.questions().stream().anyMatch(q -> errors.stream().anyMatch(e -> e.field().equals(q.id()))))
			.map(Section::id)
			.findFirst();
		return "redirect:/q/" + token + "/" + firstOpen.orElse("review");
	}

	@GetMapping("/q/{token}/{section}")
	String section(@PathVariable String token, @PathVariable String section, HttpServletRequest request, Model model) {
		Assessment a = draft(token);
		section(a, requireSection(section), LangLocaleResolver.current(request), assessments.answers(a), request,
				model);
		return VIEW_SECTION;
	}

	@PostMapping("/q/{token}/{section}")
	String save(@PathVariable String token, @PathVariable String section,
			@RequestParam(defaultValue = "next") String action, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Assessment a = draft(token);
		Section s = requireSection(section);
		Lang lang = LangLocaleResolver.current(request);
		KnowledgeBase kb = engine.knowledgeBase();
		AnswerValidator validator = new AnswerValidator(kb, lang);
		ObjectNode answers = validator
			.withoutHidden(FormAnswers.merge(assessments.answers(a), s, request.getParameterMap()));
		for (int attempt = 1;; attempt++) {
			try {
				assessments.saveDraft(token, answers, s.id(), lang);
				break;
			}
			catch (ConcurrencyFailureException ex) {
				// Another save of this draft (a second tab, a double click) came first:
				// this page's answers go on top of what it stored.
				a = draft(token);
				answers = validator
					.withoutHidden(FormAnswers.merge(assessments.answers(a), s, request.getParameterMap()));
				if (attempt == SAVE_ATTEMPTS) {
					// still busy: nothing of this post is stored, so it is shown again as
					// typed, with a word on what happened
					page(a, SectionForm.of(kb, s.id(), lang, answers, Map.of()), model, request);
					model.addAttribute("conflict", true);
					response.setStatus(HttpStatus.CONFLICT.value());
					return VIEW_SECTION;
				}
			}
		}
		SectionForm form = SectionForm.of(kb, s.id(), lang, answers, Map.of());
		if (action.equals("back")) {
			return "redirect:/q/" + token + "/" + (form.previous() == null ? s.id() : form.previous());
		}
		if (action.equals("stay")) {
			return "redirect:/q/" + token + "/" + s.id() + "?lang=" + lang.code();
		}
		Map<String, String> errors = errorsOn(s, validator.validate(answers).errors(), lang);
		Set<String> newlyShown = newlyShown(form, request.getParameter(SHOWN_PARAM));
		if (!newlyShown.isEmpty()) {
			// Without a script, questions revealed by this post were never seen: ask them
			// before judging them.
			errors.keySet().removeAll(newlyShown);
			model.addAttribute("newQuestions", true);
		}
		if (!errors.isEmpty() || !newlyShown.isEmpty()) {
			page(a, SectionForm.of(kb, s.id(), lang, answers, errors), model, request);
			return VIEW_SECTION;
		}
		return "redirect:/q/" + token + "/" + (form.next() == null ? "review" : form.next());
	}

	@GetMapping("/q/{token}/review")
	String review(@PathVariable String token, HttpServletRequest request, Model model) {
		Assessment a = find(token);
		if (a.isSubmitted()) {
			return "redirect:" + ReportLinks.of(token).html();
		}
		Lang lang = LangLocaleResolver.current(request);
		review(a, lang, model, List.of(), request);
		return VIEW_REVIEW;
	}

	@PostMapping("/q/{token}/submit")
	String submit(@PathVariable String token, HttpServletRequest request, Model model) {
		Assessment a = draft(token);
		Lang lang = LangLocaleResolver.current(request);
		RuleSet ruleSet = engine.current();
		AnswerValidator validator = new AnswerValidator(ruleSet.knowledgeBase(), lang);
		JsonNode answers = validator.withoutHidden(assessments.answers(a));
		AnswerValidator.Result result = validator.validate(answers);
		if (!result.valid()) {
			review(a, lang, model, result.errors(), request);
			return VIEW_REVIEW;
		}
		assessments.submitDraft(token, answers, result.answers(), ruleSet, lang);
		return "redirect:" + ReportLinks.of(token).html();
	}

	private void section(Assessment a, Section s, Lang lang, JsonNode answers, HttpServletRequest request,
			Model model) {
		KnowledgeBase kb = engine.knowledgeBase();
		JsonNode visible = new AnswerValidator(kb, lang).withoutHidden(answers);
		page(a, SectionForm.of(kb, s.id(), lang, visible, Map.of()), model, request);
	}

	private void page(Assessment a, SectionForm form, Model model, HttpServletRequest request) {
		model.addAttribute("form", form);
		model.addAttribute("token", a.getToken());
		model.addAttribute("errorCount", form.errorCount());
		model.addAttribute("resumeUrl", resumeUrl(request, a.getToken()));
	}

	/** The whole private link that continues this draft. */
	private String resumeUrl(HttpServletRequest request, String token) {
		return baseUrl.absolute(request, "/q/" + token);
	}

	/** Questions shown now that the page did not show when the owner filled it in. */
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

	private void review(Assessment a, Lang lang, Model model, List<AnswerError> errors, HttpServletRequest request) {
		KnowledgeBase kb = engine.knowledgeBase();
		JsonNode answers = new AnswerValidator(kb, lang).withoutHidden(assessments.answers(a));
		model.addAttribute("review", ReviewPage.of(kb, lang, answers, messages));
		model.addAttribute("token", a.getToken());
		model.addAttribute("resumeUrl", resumeUrl(request, a.getToken()));
		model.addAttribute("errors", ReviewPage.problems(kb, lang, errors, messages));
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

	private Section requireSection(String id) {
		return engine.knowledgeBase()
			.sections()
			.stream()
			.filter(s -> s.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Assessment find(String token) {
		return assessments.findByToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A draft, or a redirect-worthy error when it was already submitted. */
	private Assessment draft(String token) {
		Assessment a = find(token);
		if (a.isSubmitted()) {
			throw new AlreadySubmitted(token);
		}
		return a;
	}

	static final class AlreadySubmitted extends RuntimeException {

		final String token;

		AlreadySubmitted(String token) {
			super("submitted");
			this.token = token;
		}

	}

	@org.springframework.web.bind.annotation.ExceptionHandler(AlreadySubmitted.class)
	String alreadySubmitted(AlreadySubmitted ex) {
		return "redirect:" + ReportLinks.of(ex.token).html();
	}

}
