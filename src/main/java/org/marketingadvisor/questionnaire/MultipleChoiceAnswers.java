package org.marketingadvisor.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.web.Inputs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Some of the question's options (at least one; an exclusive one alone): a list of ids in
 * JSON, checkboxes in a form.
 */
final class MultipleChoiceAnswers implements AnswerType {

	static final MultipleChoiceAnswers INSTANCE = new MultipleChoiceAnswers();

	private MultipleChoiceAnswers() {
	}

	@Override
	public AnswerValue parse(Question q, JsonNode raw, Lang lang, List<AnswerError> errors) {
		String text = AnswerTexts.text(q, lang);
		if (!raw.isArray() || raw.values().stream().anyMatch(n -> !n.isString())) {
			errors.add(new AnswerError(q.id(), "error.answer.multiple", text, AnswerTexts.optionList(q, lang)));
			return null;
		}
		List<String> chosen = new ArrayList<>();
		int before = errors.size();
		for (JsonNode node : raw.values()) {
			String option = node.stringValue();
			if (q.option(option).isEmpty()) {
				errors.add(new AnswerError(q.id(), "error.answer.option", text, Inputs.shown(option),
						AnswerTexts.optionList(q, lang)));
			}
			else if (chosen.contains(option)) {
				errors.add(new AnswerError(q.id(), "error.answer.duplicate", text, AnswerTexts.label(q, option, lang)));
			}
			else {
				chosen.add(option);
			}
		}
		if (errors.size() > before) {
			return null;
		}
		if (chosen.isEmpty()) {
			errors.add(new AnswerError(q.id(), "error.answer.empty", text));
			return null;
		}
		if (chosen.size() > 1) {
			for (String option : chosen) {
				if (q.option(option).map(Option::isExclusive).orElse(false)) {
					errors.add(new AnswerError(q.id(), "error.answer.exclusive", text,
							AnswerTexts.label(q, option, lang)));
					return null;
				}
			}
		}
		// keep the definition's order so equal answers look equal everywhere
		List<String> ordered = q.options().stream().map(Option::id).filter(chosen::contains).toList();
		return new AnswerValue.Choices(ordered);
	}

	@Override
	public JsonNode bind(String[] posted) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		for (String v : posted) {
			if (v != null && !v.isBlank()) {
				array.add(v.strip());
			}
		}
		return array.isEmpty() ? null : array;
	}

	@Override
	public Object fromText(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	@Override
	public AnswerValue sample(Question q, Random random) {
		List<Option> options = q.options();
		List<String> chosen = new ArrayList<>();
		Option first = options.get(random.nextInt(options.size()));
		chosen.add(first.id());
		if (first.isExclusive()) {
			return new AnswerValue.Choices(chosen);
		}
		for (Option o : options) {
			if (!o.isExclusive() && !chosen.contains(o.id()) && random.nextDouble() < 0.25) {
				chosen.add(o.id());
			}
		}
		return new AnswerValue.Choices(chosen);
	}

	@Override
	public List<String> operators() {
		return SingleChoiceAnswers.OPERATORS;
	}

	@Override
	public AnswerValue fromFact(String value) {
		// one chosen option does not tell which others are chosen too
		return null;
	}

}
