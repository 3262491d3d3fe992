package org.marketingadvisor.questionnaire;

import java.util.List;

import org.marketingadvisor.web.Inputs;

/**
 * One problem with submitted answers: the field (a question id, or "lang"/"body"), a
 * message key of the message bundles and its arguments, already in the user's language.
 */
public record AnswerError(String field, String code, List<Object> args) {

	/**
	 * The field may be what the client sent (an unknown question id): it is quoted back
	 * only in part, so a huge key does not come back whole in the 400.
	 */
	public AnswerError {
		field = field == null || field.length() <= Inputs.SHOWN ? field : Inputs.shown(field);
	}

	public AnswerError(String field, String code, Object... args) {
		this(field, code, List.of(args));
	}

}
