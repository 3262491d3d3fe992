package org.marketingadvisor.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.knowledge.Condition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.web.Inputs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks raw JSON answers against the questionnaire definition and converts them. Every
 * problem is reported, not just the first; a question whose controlling answer is itself
 * invalid is not judged (visible or not), so one mistake does not cascade into a page of
 * errors.
 */
public final class AnswerValidator {

	private final KnowledgeBase kb;

	private final Lang lang;

	public AnswerValidator(KnowledgeBase kb, Lang lang) {
		this.kb = kb;
		this.lang = lang;
	}

	/** The outcome: answers when there is no error, otherwise the errors. */
	public record Result(Answers answers, List<AnswerError> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}

	}

	public Result validate(JsonNode answers) {
		List<AnswerError> errors = new ArrayList<>();
		Map<String, AnswerValue> parsed = new LinkedHashMap<>();
		Set<String> invalid = new HashSet<>();
		Map<String, JsonNode> submitted = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : answers.properties()) {
			submitted.put(entry.getKey(), entry.getValue());
		}
		for (String id : submitted.keySet()) {
			if (kb.question(id).isEmpty()) {
				errors.add(new AnswerError(id, "error.question.unknown", Inputs.shown(id)));
			}
		}
		// questionnaire order, so parents are judged before the questions they control
		Map<String, Visibility> visibility = new LinkedHashMap<>();
		for (Question q : kb.questions()) {
			JsonNode raw = submitted.get(q.id());
			boolean answered = raw != null && !raw.isNull();
			if (answered) {
				AnswerValue value = parse(q, raw, errors);
				if (value == null) {
					invalid.add(q.id());
				}
				else {
					parsed.put(q.id(), value);
				}
			}
			Visibility v = visibility(q, parsed, invalid, visibility);
			visibility.put(q.id(), v);
			if (v == Visibility.HIDDEN && answered) {
				Question parent = kb.question(q.condition().question()).orElseThrow();
				errors.add(new AnswerError(q.id(), "error.answer.hidden", text(q), text(parent)));
				parsed.remove(q.id());
			}
			else if (v == Visibility.SHOWN && !answered && q.isRequired()) {
				errors.add(new AnswerError(q.id(), "error.answer.required", text(q)));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(null, List.copyOf(errors));
		}
		return new Result(new Answers(parsed), List.of());
	}

	/**
	 * Which questions are shown for these (possibly incomplete or invalid) answers: a
	 * question whose controlling answer is missing or invalid is not shown.
	 */
	public Map<String, Boolean> shown(JsonNode answers) {
		Map<String, AnswerValue> parsed = new LinkedHashMap<>();
		Map<String, Boolean> shown = new LinkedHashMap<>();
		for (Question q : kb.questions()) {
			Condition c = q.condition();
			boolean visible = c == null
					|| (shown.getOrDefault(c.question(), false) && Visibilities.holds(c, parsed.get(c.question())));
			shown.put(q.id(), visible);
			JsonNode raw = answers.get(q.id());
			if (visible && raw != null && !raw.isNull()) {
				AnswerValue value = parse(q, raw, new ArrayList<>());
				if (value != null) {
					parsed.put(q.id(), value);
				}
			}
		}
		return shown;
	}

	/**
	 * The answers without those to unknown or hidden questions, in questionnaire order.
	 */
	public ObjectNode withoutHidden(JsonNode answers) {
		Map<String, Boolean> shown = shown(answers);
		ObjectNode kept = JsonNodeFactory.instance.objectNode();
		for (Question q : kb.questions()) {
			JsonNode raw = answers.get(q.id());
			if (raw != null && !raw.isNull() && shown.get(q.id())) {
				kept.set(q.id(), raw);
			}
		}
		return kept;
	}

	private enum Visibility {

		SHOWN, HIDDEN, UNKNOWN

	}

	private Visibility visibility(Question q, Map<String, AnswerValue> parsed, Set<String> invalid,
			Map<String, Visibility> known) {
		Condition c = q.condition();
		if (c == null) {
			return Visibility.SHOWN;
		}
		Visibility parent = known.getOrDefault(c.question(), Visibility.UNKNOWN);
		if (parent == Visibility.HIDDEN) {
			return Visibility.HIDDEN;
		}
		if (parent == Visibility.UNKNOWN || invalid.contains(c.question())) {
			return Visibility.UNKNOWN;
		}
		return Visibilities.holds(c, parsed.get(c.question())) ? Visibility.SHOWN : Visibility.HIDDEN;
	}

	private AnswerValue parse(Question q, JsonNode raw, List<AnswerError> errors) {
		return switch (q.type()) {
			case YES_NO -> {
				if (raw.isBoolean()) {
					yield new AnswerValue.YesNo(raw.booleanValue());
				}
				errors.add(new AnswerError(q.id(), "error.answer.yes-no", text(q)));
				yield null;
			}
			case SINGLE -> {
				if (!raw.isString()) {
					errors.add(new AnswerError(q.id(), "error.answer.single", text(q), optionList(q)));
					yield null;
				}
				String option = raw.stringValue();
				if (q.option(option).isEmpty()) {
					errors.add(new AnswerError(q.id(), "error.answer.option", text(q), Inputs.shown(option),
							optionList(q)));
					yield null;
				}
				yield new AnswerValue.Choice(option);
			}
			case MULTIPLE -> parseMultiple(q, raw, errors);
			case NUMBER, SCALE -> parseNumber(q, raw, errors);
		};
	}

	private AnswerValue parseMultiple(Question q, JsonNode raw, List<AnswerError> errors) {
		if (!raw.isArray() || raw.values().stream().anyMatch(n -> !n.isString())) {
			errors.add(new AnswerError(q.id(), "error.answer.multiple", text(q), optionList(q)));
			return null;
		}
		List<String> chosen = new ArrayList<>();
		int before = errors.size();
		for (JsonNode node : raw.values()) {
			String option = node.stringValue();
			if (q.option(option).isEmpty()) {
				errors
					.add(new AnswerError(q.id(), "error.answer.option", text(q), Inputs.shown(option), optionList(q)));
			}
			else if (chosen.contains(option)) {
				errors.add(new AnswerError(q.id(), "error.answer.duplicate", text(q), label(q, option)));
			}
			else {
				chosen.add(option);
			}
		}
		if (errors.size() > before) {
			return null;
		}
		if (chosen.isEmpty()) {
			errors.add(new AnswerError(q.id(), "error.answer.empty", text(q)));
			return null;
		}
		if (chosen.size() > 1) {
			for (String option : chosen) {
				if (q.option(option).map(Option::isExclusive).orElse(false)) {
					errors.add(new AnswerError(q.id(), "error.answer.exclusive", text(q), label(q, option)));
					return null;
				}
			}
		}
		// keep the definition's order so equal answers look equal everywhere
		List<String> ordered = q.options().stream().map(Option::id).filter(chosen::contains).toList();
		return new AnswerValue.Choices(ordered);
	}

	private AnswerValue parseNumber(Question q, JsonNode raw, List<AnswerError> errors) {
		boolean scale = q.type() == QuestionType.SCALE;
		// Number.doubleValue gives infinity for a 400-digit number, where the node's
		// own doubleValue throws
		double value = raw.isNumber() ? raw.numberValue().doubleValue() : Double.NaN;
		if (!Double.isFinite(value) || !plausible(raw.decimalValue()) || (scale && !raw.canConvertToExactIntegral())) {
			if (scale) {
				errors.add(new AnswerError(q.id(), "error.answer.scale", text(q), num(q.min()), num(q.max())));
			}
			else {
				errors.add(new AnswerError(q.id(), "error.answer.number", text(q)));
			}
			return null;
		}
		boolean belowMin = q.min() != null && value < q.min();
		boolean aboveMax = q.max() != null && value > q.max();
		if (belowMin || aboveMax) {
			if (q.min() != null && q.max() != null) {
				errors.add(new AnswerError(q.id(), scale ? "error.answer.scale" : "error.answer.range", text(q),
						num(q.min()), num(q.max())));
			}
			else if (belowMin) {
				errors.add(new AnswerError(q.id(), "error.answer.min", text(q), num(q.min())));
			}
			else {
				errors.add(new AnswerError(q.id(), "error.answer.max", text(q), num(q.max())));
			}
			return null;
		}
		return new AnswerValue.Number(value);
	}

	/**
	 * Whether a number is one an answer can be: at most 15 digits before the point and 15
	 * after it (a double's precision). 1e999999999 and 1e-999999999 are numbers too, but
	 * written out they are a billion digits long.
	 */
	static boolean plausible(java.math.BigDecimal number) {
		return number.scale() <= 15 && number.precision() - number.scale() <= 15;
	}

	private String text(Question q) {
		return q.text().get(lang);
	}

	private String label(Question q, String option) {
		return q.option(option).map(o -> o.label().get(lang)).orElse(option);
	}

	private String optionList(Question q) {
		return q.options()
			.stream()
			.map(o -> o.id() + " (" + o.label().get(lang) + ")")
			.collect(Collectors.joining(", "));
	}

	private static String num(Double d) {
		return d == null ? "" : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}

}
