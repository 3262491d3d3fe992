package org.marketingadvisor.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the page's language, the languages to switch to, and
 * the page's own path (a language link points back to the same page).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private static final List<String> LANGUAGES = Arrays.stream(Lang.values()).map(Lang::code).toList();

	@ModelAttribute("lang")
	String lang(HttpServletRequest request) {
		return LangLocaleResolver.current(request).code();
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return LANGUAGES;
	}

	@ModelAttribute("path")
	String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
