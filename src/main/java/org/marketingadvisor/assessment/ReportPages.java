package org.marketingadvisor.assessment;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.LangLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The owner's report page, reached through the private link. */
@Controller
class ReportPages {

	static final String VIEW_REPORT = "report/report";

	private final AssessmentService assessments;

	private final Reports reports;

	ReportPages(AssessmentService assessments, Reports reports) {
		this.assessments = assessments;
		this.reports = reports;
	}

	@GetMapping("/report/{token}")
	String report(@PathVariable String token, HttpServletRequest request, Model model) {
		Assessment a = assessments.findByToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!a.isSubmitted()) {
			return "redirect:/q/" + token;
		}
		Lang lang = LangLocaleResolver.current(request);
		var report = reports.view(a, lang);
		model.addAttribute("report", report.orElse(null));
		// The recommendations in the order of the plan, so that the cards read step 1, 2,
		// 3...
		model
			.addAttribute("recommendations",
					report.map(r -> r.recommendations()
						.stream()
						.sorted(Comparator.comparingInt(EvaluationView.RecommendationView::step))
						.toList()).orElse(List.of()));
		model.addAttribute("assessment", a);
		model.addAttribute("token", token);
		model.addAttribute("submittedOn",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(lang.locale())
					.format(a.getSubmittedAt().atZone(ZoneOffset.UTC)));
		model.addAttribute("reportUrl",
				AssessmentController.Links.absolute(request, AssessmentController.Links.of(token).html()));
		return VIEW_REPORT;
	}

}
