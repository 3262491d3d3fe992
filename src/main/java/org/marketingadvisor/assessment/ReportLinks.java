package org.marketingadvisor.assessment;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where a submitted assessment's report lives, as a page, a PDF and JSON; the token is
 * the owner's private key to all three.
 */
public record ReportLinks(String html, String pdf, String json) {

	public static ReportLinks of(String token) {
		return new ReportLinks("/reports/" + token, "/reports/" + token + ".pdf", "/api/v1/reports/" + token);
	}

	/** A path of this app as a whole address, to copy and open on another device. */
	public static String absolute(HttpServletRequest request, String path) {
		return ServletUriComponentsBuilder.fromContextPath(request).path(path).toUriString();
	}

}
