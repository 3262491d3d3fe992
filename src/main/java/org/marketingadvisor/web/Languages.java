package org.marketingadvisor.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.Lang;

/**
 * The language to answer a request in: the one the request names if supported, else the
 * {@code lang} query parameter, else the best Accept-Language match, else Russian.
 */
public final class Languages {

	private Languages() {
	}

	public static Lang resolve(String requested, HttpServletRequest request) {
		return Lang.parse(requested).or(() -> fromRequest(request)).orElse(Lang.DEFAULT);
	}

	public static Lang resolve(HttpServletRequest request) {
		return fromRequest(request).orElse(Lang.DEFAULT);
	}

	private static Optional<Lang> fromRequest(HttpServletRequest request) {
		Optional<Lang> param = Lang.parse(request.getParameter("lang"));
		if (param.isPresent()) {
			return param;
		}
		if (request.getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		var locales = request.getLocales();
		while (locales.hasMoreElements()) {
			Locale locale = locales.nextElement();
			Optional<Lang> lang = Lang.parse(locale.getLanguage());
			if (lang.isPresent()) {
				return lang;
			}
		}
		return Optional.empty();
	}

}
