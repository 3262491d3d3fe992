package org.marketingadvisor.web;

/** How a value a client sent is quoted back to it. */
public final class Inputs {

	/**
	 * A bad value is quoted back at most this long, so a huge value is not echoed whole.
	 */
	public static final int SHOWN = 40;

	private Inputs() {
	}

	/**
	 * The value as an error message quotes it: its first {@link #SHOWN} characters, with
	 * an ellipsis when there was more; line breaks and other control characters become
	 * spaces.
	 */
	public static String shown(Object value) {
		String text = String.valueOf(value);
		if (text.length() > SHOWN) {
			// never cut a surrogate pair in half
			int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
			text = text.substring(0, end) + "…";
		}
		return text.replaceAll("\\p{Cntrl}", " ");
	}

}
