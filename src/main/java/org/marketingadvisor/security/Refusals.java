package org.marketingadvisor.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.web.ApiErrors;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A refused request (a form from another site, a missing or stale CSRF token, a page
 * above one's role) answers 403 with the reason in the user's language: the JSON API as
 * its usual error body, a page as the refusal page.
 */
final class Refusals implements AccessDeniedHandler {

	/** Where a refused page request is forwarded; the page names the reason. */
	static final String PAGE = "/refused";

	/** The request attribute holding the reason's message key. */
	static final String REASON = Refusals.class.getName() + ".reason";

	private final Messages messages;

	/** Boot's mapper, the one the API's own error bodies are written with. */
	private final JsonMapper json;

	Refusals(Messages messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	static String reason(AccessDeniedException ex) {
		if (ex instanceof OriginCheck.ForeignOrigin) {
			return "refused.origin";
		}
		if (ex instanceof PasswordChangeGate.MustChangePassword) {
			return "refused.password-change";
		}
		if (ex instanceof CsrfException) {
			return "refused.csrf";
		}
		return "refused.role";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		if (response.isCommitted()) {
			return;
		}
		String reason = reason(ex);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(),
					ApiErrors.of("request", messages.get(LangLocaleResolver.current(request), reason)));
			return;
		}
		request.setAttribute(REASON, reason);
		request.getRequestDispatcher(PAGE).forward(request, response);
	}

}
