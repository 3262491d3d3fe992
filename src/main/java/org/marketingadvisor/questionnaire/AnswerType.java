package org.marketingadvisor.questionnaire;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;

import tools.jackson.databind.JsonNode;

/**
 * What a question type does with answers, in one place per type: parsing and validating
 * an answer, binding it from a form post, showing it, sampling it for the linter, and the
 * operators a guided rule offers on it. {@link #of(QuestionType)} is the only switch over
 * the types; being exhaustive, it does not compile until a new type has its
 * implementation (see {@code docs/new-question-type.md}).
 */
public sealed interface AnswerType permits YesNoAnswers, SingleChoiceAnswers, MultipleChoiceAnswers, NumberAnswers {

	static AnswerType of(QuestionType type) {
		return switch (type) {
			case YES_NO -> YesNoAnswers.INSTANCE;
			case SINGLE -> SingleChoiceAnswers.INSTANCE;
			case MULTIPLE -> MultipleChoiceAnswers.INSTANCE;
			case NUMBER -> NumberAnswers.NUMBER;
			case SCALE -> NumberAnswers.SCALE;
		};
	}

	static AnswerType of(Question q) {
		return of(q.type());
	}

	/**
	 * The submitted JSON answer (not null) as a value, or null with the errors it has
	 * added, each in {@code lang}.
	 */
	AnswerValue parse(Question q, JsonNode raw, Lang lang, List<AnswerError> errors);

	/**
	 * The posted form parameters of the question as the JSON answer the API takes, kept
	 * as typed when they are not valid (so they can be shown again with their error);
	 * null when nothing was answered. {@code posted} has at least one value.
	 */
	JsonNode bind(String[] posted);

	/**
	 * Text typed for the question in an authoring form (a scenario's answers) as the JSON
	 * value the questionnaire takes; what does not fit is kept as typed, so the
	 * questionnaire's own check names the problem.
	 */
	Object fromText(String text);

	/** A random valid answer, for the linter's sampled answer sets. */
	AnswerValue sample(Question q, Random random);

	/** The operators the guided rule editor offers on the question's answer. */
	List<String> operators();

	/**
	 * The answer one fact value stands for, or null when one fact does not tell the
	 * answer (several choices; numbers, which rules match on {@code number}).
	 */
	AnswerValue fromFact(String value);

	/**
	 * The values of the form's fields for a saved answer, the reverse of
	 * {@link #bind(String[])}: the ticked option ids ("yes" or "no" for a boolean), or
	 * the text of the input.
	 */
	default List<String> posted(JsonNode answer) {
		if (answer == null || answer.isNull()) {
			return List.of();
		}
		if (answer.isBoolean()) {
			return List.of(answer.booleanValue() ? "yes" : "no");
		}
		if (answer.isArray()) {
			return answer.values().stream().map(JsonNode::asString).toList();
		}
		if (answer.isNumber()) {
			return List.of(answer.decimalValue().stripTrailingZeros().toPlainString());
		}
		return List.of(answer.asString());
	}

	/** The points a scale offers; none for other types. */
	default List<Integer> points(Question q) {
		return List.of();
	}

	/**
	 * A saved answer (even an invalid one) as the owner reads it in {@code lang}, or null
	 * when there is none; {@code messages} looks up a message key in that language.
	 */
	default String display(Question q, JsonNode answer, Lang lang, Function<String, String> messages) {
		if (answer == null || answer.isNull()) {
			return null;
		}
		if (answer.isBoolean()) {
			return messages.apply(answer.booleanValue() ? "answer.yes" : "answer.no");
		}
		if (answer.isArray()) {
			return answer.values()
				.stream()
				.map(v -> AnswerTexts.label(q, v.asString(), lang))
				.collect(Collectors.joining("; "));
		}
		if (answer.isNumber()) {
			String n = answer.decimalValue().stripTrailingZeros().toPlainString();
			return q.unit() == null ? n : n + " " + q.unit().get(lang);
		}
		return AnswerTexts.label(q, answer.asString(), lang);
	}

	/** A validated answer as the owner reads it in {@code lang}. */
	default String display(Question q, AnswerValue value, Lang lang, Function<String, String> messages) {
		if (value == null) {
			return "";
		}
		JsonNode answer = AnswerTexts.JSON.valueToTree(value.json());
		return display(q, answer, lang, messages);
	}

}
