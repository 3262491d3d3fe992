package org.marketingadvisor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a form's CSRF token is kept: in the session of someone signed in (bound to that
 * session, replaced at sign-in and sign-out), and for everyone else, who has no session
 * and should get none, in an HttpOnly cookie checked against the form field (Spring's
 * double-submit cookie). The Origin check ({@link OriginCheck}) covers what a cookie
 * alone would not: a cookie planted from a related site.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokens() {
		this.cookies.setHeaderName("X-CSRF-TOKEN");
		this.cookies.setCookieCustomizer(c -> c.sameSite("Lax"));
	}

	private CsrfTokenRepository of(HttpServletRequest request) {
		return request.getSession(false) != null ? sessions : cookies;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return of(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			// signing in or out: forget the token wherever it was
			sessions.saveToken(null, request, response);
			if (request.getCookies() != null) {
				cookies.saveToken(null, request, response);
			}
			return;
		}
		of(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return of(request).loadToken(request);
	}

}
