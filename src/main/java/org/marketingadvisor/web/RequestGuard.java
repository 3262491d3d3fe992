package org.marketingadvisor.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.util.unit.DataSize;

/**
 * The first thing every request meets. It reads Accept-Language itself, so a header with
 * many entries is no longer Tomcat's 500 ("more than the maximum allowed number of
 * locales") on every route; and it makes the container read the parameters at once, so a
 * form that cannot be read (larger than the form limit, too many fields, bytes that are
 * not UTF-8) is noticed here and answered with a specific 400 or 413 (by
 * {@link ErrorPages}) instead of failing later inside a filter or controller.
 */
final class RequestGuard implements Filter {

	/**
	 * The request attribute holding the {@link Problem} of a request that cannot be read.
	 */
	static final String UNREADABLE = RequestGuard.class.getName() + ".unreadable";

	/** At most this many Accept-Language entries are looked at; a browser sends a few. */
	static final int MAX_LANGUAGES = 32;

	private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

	private final DataSize formLimit;

	RequestGuard(DataSize formLimit) {
		this.formLimit = formLimit;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(req instanceof HttpServletRequest request)) {
			chain.doFilter(req, response);
			return;
		}
		Guarded guarded = new Guarded(request);
		if (request.getDispatcherType() == DispatcherType.REQUEST) {
			// parameters are read here, before Spring's encoding filter would set UTF-8:
			// set it first (forced, as that filter does), or Cyrillic form fields arrive
			// as Latin-1 mojibake
			request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
		}
		if (request.getDispatcherType() == DispatcherType.REQUEST && !readable(request)) {
			// The error page (ErrorPages) says what is wrong; it reads the parameters
			// through the guarded request, which no longer throws.
			((HttpServletResponse) response).sendError(((Problem) request.getAttribute(UNREADABLE)).status());
			return;
		}
		chain.doFilter(guarded, response);
	}

	/** Reads the parameters; when they cannot be read, notes why for the error page. */
	private boolean readable(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return true;
		}
		catch (InvalidParameterException ex) {
			// Tomcat says 413 for a form over the limit; the message names a count limit
			String text = String.valueOf(ex.getMessage());
			Problem problem;
			if (ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
				problem = new Problem(413, "error.request.too-large", String.valueOf(formLimit.toKilobytes()));
			}
			else if (text.contains("maximum number")) {
				problem = new Problem(400, "error.request.too-many");
			}
			else {
				problem = new Problem(400, "error.request.parameters");
			}
			request.setAttribute(UNREADABLE, problem);
			return false;
		}
		catch (RuntimeException ex) {
			request.setAttribute(UNREADABLE, new Problem(400, "error.request.parameters"));
			return false;
		}
	}

	/** Why a request could not be read: the status, a message key and its arguments. */
	record Problem(int status, String key, Object... args) {
	}

	/**
	 * The request with Accept-Language parsed by {@link #languages}, and parameters that
	 * never throw (what could not be read is simply absent; the request is answered with
	 * a 400 anyway).
	 */
	private static final class Guarded extends HttpServletRequestWrapper {

		private List<Locale> locales;

		Guarded(HttpServletRequest request) {
			super(request);
		}

		private List<Locale> locales() {
			if (locales == null) {
				locales = languages(getHeader("Accept-Language"));
			}
			return locales;
		}

		@Override
		public Locale getLocale() {
			return locales().isEmpty() ? Locale.getDefault() : locales().get(0);
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(locales().isEmpty() ? List.of(Locale.getDefault()) : locales());
		}

		@Override
		public String getParameter(String name) {
			try {
				return super.getParameter(name);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			try {
				return super.getParameterMap();
			}
			catch (RuntimeException ex) {
				return Map.of();
			}
		}

		@Override
		public Enumeration<String> getParameterNames() {
			try {
				return super.getParameterNames();
			}
			catch (RuntimeException ex) {
				return Collections.emptyEnumeration();
			}
		}

		@Override
		public String[] getParameterValues(String name) {
			try {
				return super.getParameterValues(name);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

	/**
	 * The languages of an Accept-Language header, best first: at most
	 * {@link #MAX_LANGUAGES} entries are read, malformed ones and q=0 are skipped.
	 */
	static List<Locale> languages(String header) {
		if (header == null || header.isBlank()) {
			return List.of();
		}
		record Weighted(Locale locale, double q, int at) {
		}
		List<Weighted> found = new ArrayList<>();
		String[] entries = header.split(",", MAX_LANGUAGES + 1);
		for (int i = 0; i < Math.min(entries.length, MAX_LANGUAGES); i++) {
			String[] parts = entries[i].split(";", -1);
			String tag = parts[0].strip();
			if (!TAG.matcher(tag).matches()) {
				continue;
			}
			double q = 1;
			boolean valid = true;
			for (int p = 1; p < parts.length; p++) {
				String param = parts[p].strip();
				if (param.startsWith("q=") || param.startsWith("Q=")) {
					try {
						q = Double.parseDouble(param.substring(2));
					}
					catch (NumberFormatException ex) {
						valid = false;
					}
				}
			}
			if (valid && q > 0 && q <= 1) {
				found.add(new Weighted(Locale.forLanguageTag(tag), q, i));
			}
		}
		return found.stream()
			.sorted(Comparator.comparingDouble(Weighted::q).reversed().thenComparingInt(Weighted::at))
			.map(Weighted::locale)
			.toList();
	}

}
