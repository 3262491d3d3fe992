package org.marketingadvisor.engine;

import java.math.BigDecimal;
import java.util.List;

/** A validated answer to one question. */
public sealed interface AnswerValue {

	/** The facts this answer becomes in a session. */
	void toFacts(String question, List<Answer> facts);

	/**
	 * The answer as the API takes it: a boolean, an option id, a list of option ids, or a
	 * number (a whole number as a long).
	 */
	Object json();

	record YesNo(boolean yes) implements AnswerValue {
		@Override
		public void toFacts(String question, List<Answer> facts) {
			facts.add(Answer.of(question, yes ? "yes" : "no"));
		}

		@Override
		public Object json() {
			return yes;
		}
	}

	record Choice(String option) implements AnswerValue {
		@Override
		public void toFacts(String question, List<Answer> facts) {
			facts.add(Answer.of(question, option));
		}

		@Override
		public Object json() {
			return option;
		}
	}

	record Choices(List<String> options) implements AnswerValue {
		public Choices {
			options = List.copyOf(options);
		}

		@Override
		public void toFacts(String question, List<Answer> facts) {
			for (String option : options) {
				facts.add(Answer.of(question, option));
			}
		}

		@Override
		public Object json() {
			return options;
		}
	}

	record Number(double value) implements AnswerValue {
		@Override
		public void toFacts(String question, List<Answer> facts) {
			facts.add(Answer.of(question, value));
		}

		@Override
		public Object json() {
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
		}
	}

	/** Plain decimal text without a trailing ".0" (12, 2.5). */
	static String format(double number) {
		return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}

}
