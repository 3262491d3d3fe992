package org.marketingadvisor.report;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.assessment.ReportLinks;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.BaseUrl;
import org.marketingadvisor.web.FormErrors;
import org.marketingadvisor.web.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The owner's report, reached through the private link: the page, its PDF, and "take the
 * diagnostic again". A report is in its assessment's language unless {@code lang} asks
 * for another. An unknown or malformed token is the same 404 as any missing page, so a
 * guess learns nothing.
 */
@Controller
class ReportPages {

	static final String VIEW_REPORT = "report/report";

	static final String VIEW_RECHECK = "report/recheck";

	private final AssessmentService assessments;

	private final Reports reports;

	private final PdfReports pdf;

	private final RuleEngine engine;

	private final Messages messages;

	private final Annotations annotations;

	private final Recheck recheck;

	private final BaseUrl baseUrl;

	private final RuleSentences sentences;

	ReportPages(AssessmentService assessments, Reports reports, PdfReports pdf, RuleEngine engine, Messages messages,
			Annotations annotations, Recheck recheck, BaseUrl baseUrl, RuleSentences sentences) {
		this.sentences = sentences;
		this.baseUrl = baseUrl;
		this.recheck = recheck;
		this.annotations = annotations;
		this.assessments = assessments;
		this.reports = reports;
		this.pdf = pdf;
		this.engine = engine;
		this.messages = messages;
	}

	@GetMapping("/reports/{token}")
	String report(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Assessment a = find(token);
		privateDocument(response);
		if (!a.isSubmitted()) {
			return "redirect:/q/" + token;
		}
		Lang language = language(a, lang, request);
		Optional<ReportView> report = reports.build(a, language);
		model.addAttribute("lang", language.code());
		model.addAttribute("report", report.orElse(null));
		model.addAttribute("chart", report.map(r -> chart(r, language)).orElse(null));
		model.addAttribute("assessment", a);
		model.addAttribute("links", ReportLinks.of(token));
		model.addAttribute("reportUrl", baseUrl.absolute(request, ReportLinks.of(token).html()));
		// rule names are the consultants' working names (in English): owners never see
		// them, consultants see each rule as its sentence in the report's language
		boolean showRules = request.isUserInRole("CONSULTANT") || request.isUserInRole("ADMIN");
		model.addAttribute("showRules", showRules);
		model.addAttribute("ruleSentences", showRules && report.isPresent()
				? sentences.of(a.getRulesetVersion(), reports.knowledgeOf(a).kb(), language) : java.util.Map.of());
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", NoteForm.EMPTY);
		}
		if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "note") instanceof BindingResult refused) {
			model.addAttribute("noteProblems", messages.summary(refused, language));
		}
		return VIEW_REPORT;
	}

	@GetMapping("/reports/{token}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token, @RequestParam(required = false) String lang,
			@RequestParam(defaultValue = "false") boolean full, HttpServletRequest request) {
		Assessment a = find(token);
		if (!a.isSubmitted()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Lang language = language(a, lang, request);
		ReportView report = reports.build(a, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] document = pdf.render(report, chart(report, language), language,
				baseUrl.absolute(request, ReportLinks.of(token).html()), full);
		String name = messages.get(language, "report.pdf.file") + ".pdf";
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(ROBOTS, NOINDEX)
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document);
	}

	/**
	 * Starts the diagnostic again, pre-filled with this assessment's answers; its report
	 * will show what changed.
	 */
	@PostMapping("/reports/{token}/again")
	String again(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request) {
		Assessment a = find(token);
		if (!a.isSubmitted()) {
			return "redirect:/q/" + token;
		}
		Lang language = language(a, lang, request);
		Assessment next = assessments.startFollowUp(a, language);
		String first = engine.current().knowledgeBase().sections().get(0).id();
		return "redirect:/q/" + next.getToken() + "/" + first + "?lang=" + language.code();
	}

	/**
	 * A consultant's note on the report (the path is under {@code /consultant/}, so only
	 * signed-in consultants reach it). A refused note comes back with its text and the
	 * reason.
	 */
	@PostMapping("/consultant/reports/{token}/notes")
	String note(@PathVariable String token, @Valid @ModelAttribute("note") NoteForm note, BindingResult result,
			java.security.Principal principal,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		Assessment a = find(token);
		if (!a.isSubmitted()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!result.hasErrors()) {
			annotations.add(a.getId(), token, principal.getName(), note.text())
				.ifPresent(problem -> result.rejectValue("text", problem));
		}
		if (result.hasErrors()) {
			// after the redirect the report shows the note again as typed, the reason
			// next
			// to it
			redirect.addFlashAttribute("note", note);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "note",
					FormErrors.forRedirect(result, note, "note"));
		}
		return "redirect:" + ReportLinks.of(token).html() + "#notes";
	}

	/**
	 * For consultants: what the live rules would conclude from this report's answers,
	 * beside what was stored (which stays as it is).
	 */
	@GetMapping("/consultant/reports/{token}/recheck")
	String recheck(@PathVariable String token, HttpServletRequest request, Model model) {
		Assessment a = find(token);
		if (!a.isSubmitted()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Lang language = LangLocaleResolver.current(request);
		model.addAttribute("result", recheck.against(a, language));
		model.addAttribute("reportUrl", ReportLinks.of(token).html());
		return VIEW_RECHECK;
	}

	/** Links handed out before the report moved to {@code /reports/}. */
	@GetMapping("/report/{token}")
	String moved(@PathVariable String token) {
		return "redirect:" + ReportLinks.of(find(token).getToken()).html();
	}

	private static final String ROBOTS = "X-Robots-Tag";

	private static final String NOINDEX = "noindex, nofollow";

	/**
	 * A report is reached by a private link: no shared cache keeps it and no search
	 * engine lists it.
	 */
	private static void privateDocument(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
		response.setHeader(ROBOTS, NOINDEX);
	}

	private Assessment find(String token) {
		return assessments.findByToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Lang language(Assessment a, String requested, HttpServletRequest request) {
		Lang lang = Reports.languageOf(a, requested);
		LangLocaleResolver.use(request, lang);
		return lang;
	}

	private String chart(ReportView report, Lang lang) {
		return chart(report, messages.get(lang, "report.chart.label"));
	}

	static String chart(ReportView report, String label) {
		return RadarChart.svg(report.areas()
			.stream()
			.map(s -> new RadarChart.Axis(s.title(), s.score(), s.previousScore(), s.peerAverage()))
			.toList(), label);
	}

}
