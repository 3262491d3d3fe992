package org.marketingadvisor.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: a {@code lang} parameter (which is then remembered in a
 * cookie), else the remembered choice, else the browser's Accept-Language, else Russian.
 * Only ru, uk and en.
 */
public class LangLocaleResolver implements LocaleResolver {

	static final String COOKIE = "lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return current(request).locale();
	}

	private static final String CHOSEN = LangLocaleResolver.class.getName() + ".chosen";

	/**
	 * Fixes this request's language, for a page whose content has a language of its own
	 * (a report is in its assessment's language unless {@code lang} asks otherwise).
	 */
	public static void use(HttpServletRequest request, Lang lang) {
		request.setAttribute(CHOSEN, lang);
	}

	/** The language of this request, by the rules above. */
	public static Lang current(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Lang chosen) {
			return chosen;
		}
		Optional<Lang> param = Lang.parse(request.getParameter("lang"));
		if (param.isPresent()) {
			return param.get();
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				Optional<Lang> remembered = COOKIE.equals(cookie.getName()) ? Lang.parse(cookie.getValue())
						: Optional.empty();
				if (remembered.isPresent()) {
					return remembered.get();
				}
			}
		}
		return Languages.resolve(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Lang lang = Lang.parse(locale == null ? null : locale.getLanguage()).orElse(Lang.DEFAULT);
		remember(response, lang);
	}

	public static void remember(HttpServletResponse response, Lang lang) {
		Cookie cookie = new Cookie(COOKIE, lang.code());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		response.addCookie(cookie);
	}

}
