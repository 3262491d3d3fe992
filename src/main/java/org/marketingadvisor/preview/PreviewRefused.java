package org.marketingadvisor.preview;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A preview that cannot be shown, with the status and the message key (and its arguments)
 * that say why in the consultant's language.
 */
final class PreviewRefused extends RuntimeException {

	private final HttpStatus status;

	private final String key;

	private final transient Object[] args;

	private transient List<String> details = List.of();

	PreviewRefused(HttpStatus status, String key, Object... args) {
		super(key);
		this.status = status;
		this.key = key;
		this.args = args.clone();
	}

	HttpStatus status() {
		return status;
	}

	String key() {
		return key;
	}

	Object[] args() {
		return args.clone();
	}

	/**
	 * Each problem behind the refusal, in words (the answers a questionnaire refused).
	 */
	List<String> details() {
		return details;
	}

	PreviewRefused with(List<String> problems) {
		this.details = List.copyOf(problems);
		return this;
	}

}
