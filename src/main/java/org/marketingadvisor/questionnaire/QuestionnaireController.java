package org.marketingadvisor.questionnaire;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.ApiErrors;
import org.marketingadvisor.web.Languages;
import org.marketingadvisor.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuestionnaireController {

	private final RuleEngine engine;

	private final Messages messages;

	QuestionnaireController(RuleEngine engine, Messages messages) {
		this.engine = engine;
		this.messages = messages;
	}

	@Operation(
			summary = "The questionnaire: sections and questions with types, options, conditions and help, in one language")
	@GetMapping(path = "/api/v1/questionnaire", produces = "application/json")
	ResponseEntity<?> questionnaire(
			@Parameter(description = "ru (default), uk or en") @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		Optional<Lang> parsed = Lang.parse(lang);
		if (lang != null && parsed.isEmpty()) {
			Lang fallback = Languages.resolve(null, request);
			return ResponseEntity.badRequest().body(ApiErrors.of("lang", messages.get(fallback, "error.lang", lang)));
		}
		RuleSet ruleSet = engine.current();
		return ResponseEntity
			.ok(QuestionnaireView.of(ruleSet.knowledgeBase(), parsed.orElse(Lang.DEFAULT), ruleSet.version()));
	}

}
