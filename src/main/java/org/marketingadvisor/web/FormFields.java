package org.marketingadvisor.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** Reading the fields of forms whose fields vary (numbered rows, repeated checkboxes). */
public final class FormFields {

	private FormFields() {
	}

	/** A field's value, or empty when it was not sent. */
	public static String param(HttpServletRequest request, String name) {
		String v = request.getParameter(name);
		return v == null ? "" : v;
	}

	/**
	 * Every non-blank value of a field that may repeat (checkboxes, multiple selects).
	 */
	public static List<String> values(HttpServletRequest request, String name) {
		String[] v = request.getParameterValues(name);
		return v == null ? List.of() : Arrays.stream(v).filter(s -> !s.isBlank()).toList();
	}

	/** A choice of a select, with its label. */
	public record Choice(String value, String label) {
	}

}
