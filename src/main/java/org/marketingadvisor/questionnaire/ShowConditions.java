package org.marketingadvisor.questionnaire;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.Condition;

/**
 * Whether a question's show condition holds: the one Java reading of {@link Condition},
 * used by the validator, the linter's answer sampler and its unreachable-rule check. The
 * questionnaire page's script ({@code static/js/app.js}) keeps the browser's copy, which
 * {@code QuestionnaireBrowserIT} checks against this one.
 */
public final class ShowConditions {

	private ShowConditions() {
	}

	/**
	 * Whether {@code c} holds for the answer to the question it depends on (null when
	 * that question is unanswered, which hides).
	 */
	public static boolean holds(Condition c, AnswerValue parent) {
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
		return parent instanceof AnswerValue.Number n && c.min() != null && n.value() >= c.min();
	}

}
