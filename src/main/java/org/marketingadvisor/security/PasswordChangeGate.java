package org.marketingadvisor.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a one-time password reaches nothing but the password change form
 * (and sign-out) until the password is changed: pages lead there, the JSON API answers
 * 403.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

	/** Refused: the password must be changed first. */
	static final class MustChangePassword extends AccessDeniedException {

		MustChangePassword() {
			super("The password must be changed first");
		}

	}

	static final String CHANGE_PAGE = "/account/password";

	private static final RequestMatcher OPEN = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(CHANGE_PAGE),
			PathPatternRequestMatcher.pathPattern("/logout"), PathPatternRequestMatcher.pathPattern("/css/**"),
			PathPatternRequestMatcher.pathPattern("/js/**"), PathPatternRequestMatcher.pathPattern("/webjars/**"),
			PathPatternRequestMatcher.pathPattern("/favicon.ico"), PathPatternRequestMatcher.pathPattern("/error"),
			PathPatternRequestMatcher.pathPattern(Refusals.PAGE));

	private final AccessDeniedHandler refusal;

	PasswordChangeGate(AccessDeniedHandler refusal) {
		this.refusal = refusal;
	}

	static boolean mustChange(Authentication auth) {
		return auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> Accounts.MUST_CHANGE_PASSWORD.equals(a.getAuthority()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mustChange(SecurityContextHolder.getContext().getAuthentication()) || OPEN.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			refusal.handle(request, response, new MustChangePassword());
			return;
		}
		response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
	}

}
