package org.marketingadvisor.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;

/**
 * Sends every security redirect (after sign-in, after sign-out, back to a saved page) as
 * a path of this app, never as a whole address: a whole address would be made from the
 * request's Host header, which the sender chooses. Tomcat is told to leave the path
 * relative ({@code server.tomcat.use-relative-redirects}).
 */
final class RelativeRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + pathOf(request, url)));
	}

	/**
	 * The path (with query) of a URL, relative to the context path; "/" if it has none.
	 */
	static String pathOf(HttpServletRequest request, String url) {
		String path = url;
		try {
			URI uri = URI.create(url);
			if (uri.isAbsolute() || uri.getRawAuthority() != null) {
				path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
						+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				String context = request.getContextPath();
				if (!context.isEmpty() && path.startsWith(context)) {
					path = path.substring(context.length());
				}
			}
		}
		catch (IllegalArgumentException ex) {
			path = "/";
		}
		// "//host" or "/\host" would be read by browsers as another host
		if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
			return "/";
		}
		return path;
	}

}
