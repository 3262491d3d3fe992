package org.marketingadvisor.questionnaire;

import java.util.List;

/**
 * One problem with submitted answers: the field (a question id, or "lang"/"body"), a
 * message key of the message bundles and its arguments, already in the user's language.
 */
public record AnswerError(String field, String code, List<Object> args) {

	public AnswerError(String field, String code, Object... args) {
		this(field, code, List.of(args));
	}

}
