package org.marketingadvisor.report;

import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.ApiErrors;
import org.marketingadvisor.web.Languages;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report as JSON: everything the page shows, in one language. */
@RestController
class ReportApi {

	private final AssessmentService assessments;

	private final Reports reports;

	private final Messages messages;

	ReportApi(AssessmentService assessments, Reports reports, Messages messages) {
		this.assessments = assessments;
		this.reports = reports;
		this.messages = messages;
	}

	@Operation(summary = "The report of a submitted assessment, by its private token, in its language or in lang: "
			+ "scores per area and overall with the maturity level, findings, recommendations with their evidence "
			+ "and sources, the 30/60/90-day plan, and the comparisons with the previous assessment and with peers")
	@GetMapping(path = "/api/v1/reports/{token}", produces = "application/json")
	ResponseEntity<?> report(@PathVariable String token, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		Optional<Assessment> found = assessments.findByToken(token).filter(Assessment::isSubmitted);
		if (found.isEmpty()) {
			Lang errorLang = Languages.resolve(lang, request);
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ApiErrors.of("token", messages.get(errorLang, "error.report.not-found")));
		}
		Assessment assessment = found.get();
		Lang view = Reports.languageOf(assessment, lang);
		Optional<ReportView> report = reports.build(assessment, view);
		if (report.isEmpty()) {
			// the questionnaire changed since: the stored result is still the truth,
			// shown without texts
			return ResponseEntity
				.ok(Map.of("rulesetVersion", assessment.getRulesetVersion(), "result", assessments.result(assessment)));
		}
		return ResponseEntity.ok(report.get());
	}

}
