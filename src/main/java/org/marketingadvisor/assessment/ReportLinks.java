package org.marketingadvisor.assessment;

/**
 * Where a submitted assessment's report lives, as a page, a PDF and JSON; the token is
 * the owner's private key to all three. Whole addresses come from
 * {@link org.marketingadvisor.web.BaseUrl}, never from the request's Host header.
 */
public record ReportLinks(String html, String pdf, String json) {

	public static ReportLinks of(String token) {
		return new ReportLinks("/reports/" + token, "/reports/" + token + ".pdf", "/api/v1/reports/" + token);
	}

}
