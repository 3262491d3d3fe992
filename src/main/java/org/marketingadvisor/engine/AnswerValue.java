package org.marketingadvisor.engine;

import java.math.BigDecimal;
import java.util.List;

/** A validated answer to one question. */
public sealed interface AnswerValue {

	/** The facts this answer becomes in a session. */
	void toFacts(String question, List<Answer> facts);

	record YesNo(boolean yes) implements AnswerValue {
		@Override
		public void toFacts(String question, List<Answer> facts) {
			facts.add(Answer.of(question, yes ? "yes" : "no"));
		}
	}

	record Choice(String option) implements AnswerValue {
		@Override
		public void toFacts(String question, List<Answer> facts) {
			facts.add(Answer.of(question, option));
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
	}

	record Number(double value) implements AnswerValue {
		@Override
		public void toFacts(String question, List<Answer> facts) {
			facts.add(Answer.of(question, value));
		}
	}

	/** Plain decimal text without a trailing ".0" (12, 2.5). */
	static String format(double number) {
		return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}

}
