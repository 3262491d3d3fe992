package org.marketingadvisor.assessment;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.web.ApiErrors;
import org.marketingadvisor.web.Inputs;
import org.marketingadvisor.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

@RestController
class EvaluationController {

	private static final Set<String> FIELDS = Set.of("lang", "answers");

	private final EvaluationRequests requests;

	private final Messages messages;

	EvaluationController(EvaluationRequests requests, Messages messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@Operation(summary = "Evaluate answers: findings and recommendations, each explained by rule, answers and sources",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					description = "{\"lang\": \"ru|uk|en\", \"answers\": {\"<question id>\": <value>}}: true/false for yes-no, "
							+ "an option id for single, a list of option ids for multiple, a number for number and scale",
					content = @Content(schema = @Schema(implementation = EvaluationRequest.class))))
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
	@ApiResponse(responseCode = "400",
			description = "One error per problem, with the field (question id, lang or body)",
			content = @Content(schema = @Schema(implementation = ApiErrors.class)))
	@PostMapping(path = "/api/v1/evaluations", consumes = "application/json", produces = "application/json")
	ResponseEntity<?> evaluate(@RequestBody JsonNode body,
			@Parameter(description = "full (the default): every text in the request's language; compact: ids, "
					+ "severities, rules and evidence only") @RequestParam(name = "view", required = false) String view,
			HttpServletRequest request) {
		EvaluationRequests.Outcome outcome = requests.read(body, request, FIELDS);
		if (outcome.errors() != null) {
			return ResponseEntity.badRequest().body(outcome.errors());
		}
		EvaluationRequests.Valid valid = outcome.valid();
		if (view != null && !view.equals("full") && !view.equals("compact")) {
			return ResponseEntity.badRequest()
				.body(ApiErrors.of("view", messages.get(valid.lang(), "error.view", Inputs.shown(view))));
		}
		Evaluation evaluation = valid.ruleSet().evaluate(valid.answers());
		if ("compact".equals(view)) {
			return ResponseEntity.ok(CompactEvaluationView.of(evaluation, valid.ruleSet().knowledgeBase()));
		}
		return ResponseEntity.ok(EvaluationView.of(evaluation, valid.answers(), valid.ruleSet().knowledgeBase(),
				valid.lang(), code -> messages.get(valid.lang(), code)));
	}

	/** The request body, for the API documentation. */
	record EvaluationRequest(@Schema(example = "ru", allowableValues = {
			"ru", "uk", "en" }) String lang,
			@Schema(example = "{\"company.employees\": 12, \"company.owners\": \"single\"}") java.util.Map<String, Object> answers){
	}

}
