package org.marketingadvisor.assessment;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.ApiErrors;
import org.marketingadvisor.web.Languages;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;

@RestController
class AssessmentController {

	private static final Set<String> FIELDS = Set.of("lang", "answers", "companyLabel");

	static final int LABEL_MAX = 200;

	private final EvaluationRequests requests;

	private final AssessmentService assessments;

	private final Reports reports;

	private final Messages messages;

	AssessmentController(EvaluationRequests requests, AssessmentService assessments, Reports reports,
			Messages messages) {
		this.requests = requests;
		this.assessments = assessments;
		this.reports = reports;
		this.messages = messages;
	}

	/**
	 * Where a submitted assessment's report lives; the token is the owner's private key
	 * to it.
	 */
	record Links(String html, String pdf, String json) {

		static Links of(String token) {
			return new Links("/report/" + token, "/report/" + token + ".pdf", "/api/v1/reports/" + token);
		}

		/** A path of this app as a whole address, to copy and open on another device. */
		static String absolute(HttpServletRequest request, String path) {
			return ServletUriComponentsBuilder.fromContextPath(request).path(path).toUriString();
		}

	}

	record Created(String id, String token, String status, String lang, String rulesetVersion, String submittedAt,
			Links links) {
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
		Links links = Links.of(saved.getToken());
		return ResponseEntity.created(URI.create(links.json()))
			.body(new Created(saved.getId().toString(), saved.getToken(), saved.getStatus().name().toLowerCase(),
					saved.getLang(), saved.getRulesetVersion(), saved.getSubmittedAt().toString(), links));
	}

	@Operation(summary = "The stored report of a submitted assessment, by its private token, in one language")
	@GetMapping(path = "/api/v1/reports/{token}", produces = "application/json")
	ResponseEntity<?> report(@PathVariable String token, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		var found = assessments.findByToken(token).filter(Assessment::isSubmitted);
		if (found.isEmpty()) {
			Lang errorLang = Languages.resolve(lang, request);
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ApiErrors.of("token", messages.get(errorLang, "error.report.not-found")));
		}
		Assessment assessment = found.get();
		Lang view = Lang.parse(lang).or(() -> Lang.parse(assessment.getLang())).orElse(Lang.DEFAULT);
		Optional<EvaluationView> rendered = reports.view(assessment, view);
		if (rendered.isEmpty()) {
			// the questionnaire changed since: the stored result is still the truth,
			// shown without texts
			return ResponseEntity
				.ok(Map.of("rulesetVersion", assessment.getRulesetVersion(), "result", assessments.result(assessment)));
		}
		return ResponseEntity.ok(rendered.get());
	}

}
