package org.marketingadvisor.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The one way an error is answered, wherever it is found (a controller, a filter, the
 * container): on the JSON API an {@link ApiErrors} body, on pages the product's error
 * page with the specific message, both in the user's language. A view, not a message
 * converter, so the answer does not depend on what the response was already set to (a
 * template that failed half-way has set text/html).
 */
@Component
class ErrorViews {

	static final String VIEW = "error";

	private final Messages messages;

	ErrorViews(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The answer to a request for {@code path} (the address the client asked for, which
	 * on an error dispatch is not the request's own).
	 */
	ModelAndView of(HttpServletRequest request, String path, HttpStatus status, String field, String key,
			Object... args) {
		boolean api = path != null && path.startsWith(request.getContextPath() + "/api/");
		Lang lang = api ? Languages.resolve(request) : LangLocaleResolver.current(request);
		String message = messages.get(lang, key, args);
		ModelAndView mv;
		if (api) {
			JacksonJsonView json = new JacksonJsonView();
			// only the body: an error dispatch also carries the page model's attributes
			json.setModelKeys(java.util.Set.of("body"));
			json.setExtractValueFromSingleKeyModel(true);
			mv = new ModelAndView(json, Map.of("body", ApiErrors.of(field, message)));
		}
		else {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("status", status.value());
			// a missing page says so in the same words whatever was wrong with the link,
			// so a guess learns nothing
			model.put("message", status == HttpStatus.NOT_FOUND ? null : message);
			model.put("field", status == HttpStatus.NOT_FOUND || "body".equals(field) ? null : field);
			// what the layout needs (the page model advice does not reach error views)
			model.put("lang", lang.code());
			model.put("languages", Arrays.stream(Lang.values()).map(Lang::code).toList());
			model.put("path", "/");
			mv = new ModelAndView(VIEW, model);
		}
		mv.setStatus(status);
		return mv;
	}

}
