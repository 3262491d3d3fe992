package org.marketingadvisor.assessment;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import org.marketingadvisor.web.ApiErrors;
import org.marketingadvisor.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

@RestController
class AssessmentController {

	private static final Set<String> FIELDS = Set.of("lang", "answers", "companyLabel");

	static final int LABEL_MAX = 200;

	private final EvaluationRequests requests;

	private final AssessmentService assessments;

	private final Messages messages;

	AssessmentController(EvaluationRequests requests, AssessmentService assessments, Messages messages) {
		this.requests = requests;
		this.assessments = assessments;
		this.messages = messages;
	}

	record Created(String id, String token, String status, String lang, String rulesetVersion, String submittedAt,
			ReportLinks links) {
	}

	@Operation(
			summary = "Store a submitted assessment: same body as /api/v1/evaluations (plus an optional companyLabel); "
					+ "201 with its id and the links to its report")
	@PostMapping(path = "/api/v1/assessments", consumes = "application/json", produces = "application/json")
	ResponseEntity<?> create(@RequestBody JsonNode body, HttpServletRequest request) {
		EvaluationRequests.Outcome outcome = requests.read(body, request, FIELDS);
		if (outcome.errors() != null) {
			return ResponseEntity.badRequest().body(outcome.errors());
		}
		EvaluationRequests.Valid valid = outcome.valid();
		JsonNode labelNode = body.get("companyLabel");
		String label = null;
		if (labelNode != null && !labelNode.isNull()) {
			if (!labelNode.isString() || labelNode.stringValue().strip().length() > LABEL_MAX) {
				return ResponseEntity.badRequest()
					.body(ApiErrors.of("companyLabel", messages.get(valid.lang(), "error.company-label", LABEL_MAX)));
			}
			label = labelNode.stringValue().strip();
			label = label.isEmpty() ? null : label;
		}
		Assessment saved = assessments.submitNew(valid.lang(), label, valid.rawAnswers(), valid.answers(),
				valid.ruleSet());
		ReportLinks links = ReportLinks.of(saved.getToken());
		return ResponseEntity.created(URI.create(links.json()))
			.body(new Created(saved.getId().toString(), saved.getToken(), saved.getStatus().name().toLowerCase(),
					saved.getLang(), saved.getRulesetVersion(), saved.getSubmittedAt().toString(), links));
	}

}
