package org.marketingadvisor.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Yes or no: true or false in JSON, the radios "yes" and "no" in a form. */
final class YesNoAnswers implements AnswerType {

	static final YesNoAnswers INSTANCE = new YesNoAnswers();

	private YesNoAnswers() {
	}

	@Override
	public AnswerValue parse(Question q, JsonNode raw, Lang lang, List<AnswerError> errors) {
		if (raw.isBoolean()) {
			return new AnswerValue.YesNo(raw.booleanValue());
		}
		errors.add(new AnswerError(q.id(), "error.answer.yes-no", AnswerTexts.text(q, lang)));
		return null;
	}

	@Override
	public JsonNode bind(String[] posted) {
		String first = posted[0] == null ? "" : posted[0].strip();
		return first.equals("yes") ? JsonNodeFactory.instance.booleanNode(true)
				: first.equals("no") ? JsonNodeFactory.instance.booleanNode(false) : null;
	}

	@Override
	public Object fromText(String text) {
		// the same tokens the form's help names, in any language of the page
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "true" -> true;
			case "no", "false" -> false;
			default -> text;
		};
	}

	@Override
	public AnswerValue sample(Question q, Random random) {
		return new AnswerValue.YesNo(random.nextBoolean());
	}

	@Override
	public List<String> operators() {
		return List.of("is", "answered", "not-answered");
	}

	@Override
	public AnswerValue fromFact(String value) {
		return switch (value) {
			case "yes" -> new AnswerValue.YesNo(true);
			case "no" -> new AnswerValue.YesNo(false);
			default -> null;
		};
	}

}
