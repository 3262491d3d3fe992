package org.marketingadvisor.questionnaire;

import java.util.List;
import java.util.Random;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.web.Inputs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** One of the question's options: its id in JSON, a group of radios in a form. */
final class SingleChoiceAnswers implements AnswerType {

	static final SingleChoiceAnswers INSTANCE = new SingleChoiceAnswers();

	static final List<String> OPERATORS = List.of("is", "is-not", "any-of", "none-of", "answered", "not-answered");

	private SingleChoiceAnswers() {
	}

	@Override
	public AnswerValue parse(Question q, JsonNode raw, Lang lang, List<AnswerError> errors) {
		if (!raw.isString()) {
			errors.add(new AnswerError(q.id(), "error.answer.single", AnswerTexts.text(q, lang),
					AnswerTexts.optionList(q, lang)));
			return null;
		}
		String option = raw.stringValue();
		if (q.option(option).isEmpty()) {
			errors.add(new AnswerError(q.id(), "error.answer.option", AnswerTexts.text(q, lang), Inputs.shown(option),
					AnswerTexts.optionList(q, lang)));
			return null;
		}
		return new AnswerValue.Choice(option);
	}

	@Override
	public JsonNode bind(String[] posted) {
		String first = posted[0] == null ? "" : posted[0].strip();
		return first.isEmpty() ? null : JsonNodeFactory.instance.stringNode(first);
	}

	@Override
	public Object fromText(String text) {
		return text;
	}

	@Override
	public AnswerValue sample(Question q, Random random) {
		return new AnswerValue.Choice(q.options().get(random.nextInt(q.options().size())).id());
	}

	@Override
	public List<String> operators() {
		return OPERATORS;
	}

	@Override
	public AnswerValue fromFact(String value) {
		return new AnswerValue.Choice(value);
	}

}
