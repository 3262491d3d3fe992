package org.marketingadvisor.preview;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.report.ReportPreviews;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.JsonNode;

/**
 * A draft's report before publishing: for a base company of the draft's scenarios or for
 * a stored assessment (by its token or link, or from the newest ones), evaluated by the
 * draft's rules and knowledge base, with the live version's report for the same answers
 * one switch away and what changes between them. Read only; a PDF of either is made on
 * request and stored nowhere.
 */
@Controller
class ReportPreview {

	static final String VIEW_INDEX = "preview/index";

	static final String VIEW_REPORT = "preview/report";

	/** How many of the newest reports the start page offers. */
	static final int RECENT = 8;

	private final DraftPreviews previews;

	private final AssessmentService assessments;

	private final ReportPreviews reports;

	private final Messages messages;

	private final PreviewPdf pdf;

	ReportPreview(DraftPreviews previews, AssessmentService assessments, ReportPreviews reports, Messages messages,
			PreviewPdf pdf) {
		this.previews = previews;
		this.assessments = assessments;
		this.reports = reports;
		this.messages = messages;
		this.pdf = pdf;
	}

	/** Where a preview starts: the questionnaire, a base company or a stored report. */
	@GetMapping("/consultant/rules/drafts/{id}/preview")
	String index(@PathVariable UUID id, HttpServletRequest request, Model model) {
		index(previews.open(id), LangLocaleResolver.current(request), model);
		return VIEW_INDEX;
	}

	@GetMapping("/consultant/rules/drafts/{id}/preview/company")
	String company(@PathVariable UUID id, @RequestParam(defaultValue = "") String company,
			@RequestParam(required = false) String show, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		DraftPreviews.Draft draft = previews.open(id);
		Lang lang = LangLocaleResolver.current(request);
		Optional<JsonNode> answers = previews.company(draft, company);
		if (answers.isEmpty()) {
			index(draft, lang, model);
			model.addAttribute("company", company);
			model.addAttribute("companyError", messages.get(lang, "preview.error.company"));
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return VIEW_INDEX;
		}
		String self = PreviewViews.home(id) + "/company?company=" + company;
		model.addAttribute("pdf", PreviewViews.home(id) + "/company/pdf?company=" + company);
		return page(draft, previews.compare(draft, answers.get(), lang, company), show, self, model);
	}

	@GetMapping("/consultant/rules/drafts/{id}/preview/assessment")
	String assessment(@PathVariable UUID id, @RequestParam(defaultValue = "") String token,
			@RequestParam(required = false) String show, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		DraftPreviews.Draft draft = previews.open(id);
		Lang lang = LangLocaleResolver.current(request);
		Optional<Assessment> stored = stored(token);
		if (stored.isEmpty()) {
			index(draft, lang, model);
			model.addAttribute("token", token);
			model.addAttribute("tokenError", messages.get(lang, "preview.error.token"));
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return VIEW_INDEX;
		}
		Assessment a = stored.get();
		String self = PreviewViews.home(id) + "/assessment?token=" + a.getToken();
		model.addAttribute("pdf", PreviewViews.home(id) + "/assessment/pdf?token=" + a.getToken());
		return page(draft, previews.compare(draft, assessments.answers(a), lang, a.getCompanyLabel()), show, self,
				model);
	}

	@GetMapping("/consultant/rules/drafts/{id}/preview/company/pdf")
	ResponseEntity<byte[]> companyPdf(@PathVariable UUID id, @RequestParam(defaultValue = "") String company,
			@RequestParam(required = false) String show, HttpServletRequest request) {
		DraftPreviews.Draft draft = previews.open(id);
		Lang lang = LangLocaleResolver.current(request);
		JsonNode answers = previews.company(draft, company)
			.orElseThrow(() -> new PreviewRefused(HttpStatus.NOT_FOUND, "preview.error.company"));
		return pdf.of(previews.compare(draft, answers, lang, company), show, lang, request);
	}

	@GetMapping("/consultant/rules/drafts/{id}/preview/assessment/pdf")
	ResponseEntity<byte[]> assessmentPdf(@PathVariable UUID id, @RequestParam(defaultValue = "") String token,
			@RequestParam(required = false) String show, HttpServletRequest request) {
		DraftPreviews.Draft draft = previews.open(id);
		Lang lang = LangLocaleResolver.current(request);
		Assessment a = stored(token).orElseThrow(() -> new PreviewRefused(HttpStatus.NOT_FOUND, "preview.error.token"));
		return pdf.of(previews.compare(draft, assessments.answers(a), lang, a.getCompanyLabel()), show, lang, request);
	}

	@ExceptionHandler(PreviewRefused.class)
	ModelAndView refused(PreviewRefused ex, HttpServletRequest request) {
		return PreviewViews.refused(ex, request, messages, PreviewViews.draftOf(request));
	}

	/**
	 * The report page of a comparison: the draft's report, or the live one when
	 * {@code show} is {@code live}, under the banner and the list of what changes.
	 */
	static String page(DraftPreviews.Draft draft, DraftPreviews.Comparison comparison, String show, String self,
			Model model) {
		boolean live = "live".equals(show) && comparison.live().report() != null;
		DraftPreviews.Side side = live ? comparison.live() : comparison.draft();
		PreviewViews.banner(model, draft.version());
		model.addAttribute("comparison", comparison);
		model.addAttribute("showsLive", live);
		model.addAttribute("report", side.report());
		model.addAttribute("chart", side.chart());
		model.addAttribute("self", self);
		model.addAttribute("showRules", true);
		return VIEW_REPORT;
	}

	private void index(DraftPreviews.Draft draft, Lang lang, Model model) {
		PreviewViews.banner(model, draft.version());
		model.addAttribute("companies", previews.companyNames(draft, lang));
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(lang.locale())
			.withZone(ZoneOffset.UTC);
		model.addAttribute("recent",
				reports.newest(RECENT)
					.stream()
					.map(r -> Map.of("token", r.token(), "label", r.companyLabel() == null ? "" : r.companyLabel(),
							"when", when.format(r.submittedAt()) + " UTC"))
					.toList());
	}

	/** A submitted assessment by its token or its report's link. */
	private Optional<Assessment> stored(String token) {
		String t = token.strip().replaceAll(".*/reports/", "").replaceAll("[?#.].*", "");
		return t.isEmpty() ? Optional.empty() : assessments.findByToken(t).filter(Assessment::isSubmitted);
	}

}
