package org.marketingadvisor.questionnaire;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.Condition;

/** Whether a question's condition holds for the answer to the question it depends on. */
final class Visibilities {

	private Visibilities() {
	}

	static boolean holds(Condition c, AnswerValue parent) {
		if (parent == null) {
			return false;
		}
		if (c.equals() != null) {
			return parent instanceof AnswerValue.YesNo yn && yn.yes() == c.equals();
		}
		if (c.anyOf() != null) {
			if (parent instanceof AnswerValue.Choice ch) {
				return c.anyOf().contains(ch.option());
			}
			if (parent instanceof AnswerValue.Choices chs) {
				return chs.options().stream().anyMatch(c.anyOf()::contains);
			}
			return false;
		}
		return parent instanceof AnswerValue.Number n && n.value() >= c.min();
	}

}
