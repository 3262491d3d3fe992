package org.marketingadvisor.web;

import java.util.List;

/**
 * A client mistake found by our own code: which field and what is wrong (a message key
 * and its arguments). {@link ApiExceptionHandler} answers it with a 400 in the user's
 * language, as JSON on the API and as the error page elsewhere.
 */
public class BadInput extends RuntimeException {

	private final String field;

	private final String key;

	private final transient List<Object> args;

	public BadInput(String field, String key, Object... args) {
		super(field + ": " + key, null, false, false);
		this.field = field;
		this.key = key;
		this.args = List.of(args);
	}

	public String field() {
		return field;
	}

	public String key() {
		return key;
	}

	public Object[] args() {
		return args.toArray();
	}

}
