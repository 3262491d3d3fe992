package org.marketingadvisor.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.web.BaseUrl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser says comes
 * from another site: its {@code Origin}, or lacking that its {@code Referer}, is present
 * and is not this app's own origin. A CSRF token alone does not prove the form was sent
 * from our page (a token can leak, or be planted through a related site's cookie).
 * Clients that send neither header (curl, server-to-server use of the JSON API) are not
 * browsers acting for someone else and pass.
 */
final class OriginCheck extends OncePerRequestFilter {

	/** Why a request was refused: it came from another site. */
	static final class ForeignOrigin extends AccessDeniedException {

		ForeignOrigin(String origin) {
			super("Request from another origin refused: " + cut(origin));
		}

		private static String cut(String text) {
			return text.length() <= 80 ? text : text.substring(0, 80) + "…";
		}

	}

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final BaseUrl baseUrl;

	private final AccessDeniedHandler refusal;

	OriginCheck(BaseUrl baseUrl, AccessDeniedHandler refusal) {
		this.baseUrl = baseUrl;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod())) {
			String origin = request.getHeader("Origin");
			String claimed = origin != null ? origin : request.getHeader("Referer");
			// "null" is what a browser sends for a sandboxed or privacy-hidden origin:
			// not ours
			if (claimed != null && !baseUrl.isOwnOrigin(request, claimed)) {
				refusal.handle(request, response, new ForeignOrigin(claimed));
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
