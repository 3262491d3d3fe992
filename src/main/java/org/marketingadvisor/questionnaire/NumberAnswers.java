package org.marketingadvisor.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A number within the question's min and max: a text input in a form; for a scale, a
 * whole number from min to max, one radio per point.
 */
final class NumberAnswers implements AnswerType {

	static final NumberAnswers NUMBER = new NumberAnswers(false);

	static final NumberAnswers SCALE = new NumberAnswers(true);

	private final boolean scale;

	private NumberAnswers(boolean scale) {
		this.scale = scale;
	}

	@Override
	public AnswerValue parse(Question q, JsonNode raw, Lang lang, List<AnswerError> errors) {
		String text = AnswerTexts.text(q, lang);
		// Number.doubleValue gives infinity for a 400-digit number, where the node's
		// own doubleValue throws
		double value = raw.isNumber() ? raw.numberValue().doubleValue() : Double.NaN;
		if (!Double.isFinite(value) || !plausible(raw.decimalValue()) || (scale && !raw.canConvertToExactIntegral())) {
			if (scale) {
				errors.add(new AnswerError(q.id(), "error.answer.scale", text, AnswerTexts.num(q.min()),
						AnswerTexts.num(q.max())));
			}
			else {
				errors.add(new AnswerError(q.id(), "error.answer.number", text));
			}
			return null;
		}
		boolean belowMin = q.min() != null && value < q.min();
		boolean aboveMax = q.max() != null && value > q.max();
		if (belowMin || aboveMax) {
			if (q.min() != null && q.max() != null) {
				errors.add(new AnswerError(q.id(), scale ? "error.answer.scale" : "error.answer.range", text,
						AnswerTexts.num(q.min()), AnswerTexts.num(q.max())));
			}
			else if (belowMin) {
				errors.add(new AnswerError(q.id(), "error.answer.min", text, AnswerTexts.num(q.min())));
			}
			else {
				errors.add(new AnswerError(q.id(), "error.answer.max", text, AnswerTexts.num(q.max())));
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
	static boolean plausible(BigDecimal number) {
		return number.scale() <= 15 && number.precision() - number.scale() <= 15;
	}

	@Override
	public JsonNode bind(String[] posted) {
		String first = posted[0] == null ? "" : posted[0].strip();
		if (first.isEmpty()) {
			return null;
		}
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		try {
			BigDecimal number = new BigDecimal(first.replace(',', '.').replace(" ", ""));
			// 1e999999999 or 1e-999999999 is a BigDecimal, but not a number anyone
			// answers (and a billion digits written out): kept as typed, and the
			// validator says it is not a number
			return plausible(number) ? nodes.numberNode(number) : nodes.stringNode(first);
		}
		catch (NumberFormatException ex) {
			return nodes.stringNode(first);
		}
	}

	@Override
	public Object fromText(String text) {
		try {
			double d = Double.parseDouble(text.replace(',', '.'));
			return d == Math.rint(d) ? (Object) (long) d : (Object) d;
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	@Override
	public AnswerValue sample(Question q, Random random) {
		if (scale) {
			return new AnswerValue.Number((int) (q.min() + random.nextInt((int) (q.max() - q.min()) + 1)));
		}
		double min = q.min() == null ? 0 : q.min();
		double max = q.max() == null ? Math.max(min + 10, min * 10 + 100) : q.max();
		// the ends of the range and small values matter most to thresholds
		double r = random.nextDouble();
		double value = r < 0.1 ? min
				: r < 0.2 ? max : min + Math.floor(Math.pow(random.nextDouble(), 2) * (max - min + 1));
		return new AnswerValue.Number((long) Math.min(max, value));
	}

	@Override
	public List<String> operators() {
		return List.of("eq", "lt", "gt", "between", "answered", "not-answered");
	}

	@Override
	public AnswerValue fromFact(String value) {
		// numbers are matched on `number`, whose range the linter checks on its own
		return null;
	}

	@Override
	public List<Integer> points(Question q) {
		return scale ? IntStream.rangeClosed(q.min().intValue(), q.max().intValue()).boxed().toList() : List.of();
	}

}
