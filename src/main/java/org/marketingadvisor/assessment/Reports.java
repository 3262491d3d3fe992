package org.marketingadvisor.assessment;

import java.util.Optional;

import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Renders a submitted assessment's stored result in a language. The findings and
 * recommendations are the stored ones (not re-evaluated); texts come from the current
 * knowledge base, which describes the stored answers as long as the questionnaire still
 * accepts them.
 */
@Component
class Reports {

	private final AssessmentService assessments;

	private final RuleEngine engine;

	private final Messages messages;

	Reports(AssessmentService assessments, RuleEngine engine, Messages messages) {
		this.assessments = assessments;
		this.engine = engine;
		this.messages = messages;
	}

	Optional<EvaluationView> view(Assessment assessment, Lang lang) {
		RuleSet ruleSet = engine.current();
		AnswerValidator.Result answers = new AnswerValidator(ruleSet.knowledgeBase(), lang)
			.validate(assessments.answers(assessment));
		if (!answers.valid()) {
			return Optional.empty();
		}
		return Optional.of(EvaluationView.of(assessments.result(assessment), answers.answers(), ruleSet.knowledgeBase(),
				lang, code -> messages.get(lang, code)));
	}

}
