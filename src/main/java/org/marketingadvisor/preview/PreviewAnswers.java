package org.marketingadvisor.preview;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers of a questionnaire preview, one set per draft, kept in the consultant's
 * session (as JSON text) and nowhere else: they go with the session.
 */
final class PreviewAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PREFIX = PreviewAnswers.class.getName() + ".";

	private PreviewAnswers() {
	}

	static JsonNode of(HttpServletRequest request, UUID draft) {
		HttpSession session = request.getSession(false);
		Object text = session == null ? null : session.getAttribute(PREFIX + draft);
		return text instanceof String json ? JSON.readTree(json) : JSON.createObjectNode();
	}

	static void keep(HttpServletRequest request, UUID draft, ObjectNode answers) {
		request.getSession().setAttribute(PREFIX + draft, JSON.writeValueAsString(answers));
	}

	static void forget(HttpServletRequest request, UUID draft) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(PREFIX + draft);
		}
	}

}
