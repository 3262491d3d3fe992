package org.marketingadvisor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.web.ApiError;
import org.marketingadvisor.web.ApiErrors;
import org.marketingadvisor.web.Languages;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Reads the body shared by the evaluation and assessment endpoints ({@code {"lang",
 * "answers"}}), validates the answers against the current rule set's questionnaire and
 * reports every problem in the request's language.
 */
@Component
class EvaluationRequests {

	private final RuleEngine engine;

	private final Messages messages;

	EvaluationRequests(RuleEngine engine, Messages messages) {
		this.engine = engine;
		this.messages = messages;
	}

	/** Valid answers with the rule set that validated them, and the raw JSON to store. */
	record Valid(Lang lang, RuleSet ruleSet, Answers answers, JsonNode rawAnswers, JsonNode body) {
	}

	/** Either {@code valid} or {@code errors} is set. */
	record Outcome(Valid valid, ApiErrors errors) {
	}

	Outcome read(JsonNode body, HttpServletRequest request, Set<String> fields) {
		if (body == null || !body.isObject()) {
			Lang lang = Languages.resolve(request);
			return new Outcome(null, ApiErrors.of("body", messages.get(lang, "error.body.not-object")));
		}
		JsonNode langNode = body.get("lang");
		String requested = langNode != null && langNode.isString() ? langNode.stringValue() : null;
		Lang lang = Languages.resolve(requested, request);
		List<ApiError> errors = new ArrayList<>();
		if (langNode != null && !langNode.isNull() && (requested == null || Lang.parse(requested).isEmpty())) {
			errors.add(new ApiError("lang", messages.get(lang, "error.lang", String.valueOf(langNode))));
		}
		for (String field : body.propertyNames()) {
			if (!fields.contains(field)) {
				errors.add(new ApiError("body", messages.get(lang, "error.body.unknown-field", field)));
			}
		}
		JsonNode answers = body.get("answers");
		if (answers == null || answers.isNull()) {
			errors.add(new ApiError("body", messages.get(lang, "error.body.answers-missing")));
		}
		else if (!answers.isObject()) {
			errors.add(new ApiError("body", messages.get(lang, "error.body.answers-not-object")));
		}
		if (!errors.isEmpty()) {
			return new Outcome(null, new ApiErrors(errors));
		}
		RuleSet ruleSet = engine.current();
		AnswerValidator.Result result = new AnswerValidator(ruleSet.knowledgeBase(), lang).validate(answers);
		if (!result.valid()) {
			return new Outcome(null,
					new ApiErrors(result.errors()
						.stream()
						.map(e -> new ApiError(e.field(), messages.get(lang, e.code(), e.args().toArray())))
						.toList()));
		}
		return new Outcome(new Valid(lang, ruleSet, result.answers(), answers, body), null);
	}

}
