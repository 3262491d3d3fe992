package org.marketingadvisor.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where whole links point and which origin is the app's own. The Host header is chosen by
 * whoever sends the request, so it never goes into a link the owner is told to keep:
 * links come from {@code advisor.base-url}, or, when that is unset, from the request only
 * when the request came to a loopback host (a developer's machine). Otherwise the link is
 * the path alone, which the page's script completes from the address the browser really
 * shows.
 */
@Component
public class BaseUrl {

	private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	/** The configured origin without a trailing slash, or null. */
	private final String configured;

	BaseUrl(AddressProperties properties) {
		this.configured = normalise(properties.baseUrl());
		if (configured == null) {
			log.info("advisor.base-url is not set: whole links are made only for requests to localhost; "
					+ "elsewhere pages show the path alone");
		}
	}

	private static String normalise(URI uri) {
		if (uri == null || uri.toString().isBlank()) {
			return null;
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
				|| uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw new IllegalStateException("advisor.base-url must be an http or https address such as "
					+ "https://advisor.example.com (optionally with a path), without query or fragment: " + uri);
		}
		String text = uri.toString();
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return text;
	}

	/**
	 * A path of this app (starting with {@code /}) as a whole address to copy and open on
	 * another device; the path alone (with the context path) when no trustworthy base is
	 * known.
	 */
	public String absolute(HttpServletRequest request, String path) {
		if (configured != null) {
			return configured + path;
		}
		if (isLoopback(request)) {
			return UriComponentsBuilder.newInstance()
				.scheme(request.getScheme())
				.host(request.getServerName())
				.port(defaultPort(request.getScheme()) == request.getServerPort() ? -1 : request.getServerPort())
				.path(request.getContextPath())
				.path(path)
				.toUriString();
		}
		return request.getContextPath() + path;
	}

	/**
	 * Whether a browser's {@code Origin} (or a Referer's origin) is this app's own: the
	 * configured base URL's origin; or, when none is configured or the request came to
	 * localhost, the host the browser itself addressed. A browser sets Host from the
	 * address it opened, so a page on another site cannot make the two agree.
	 */
	public boolean isOwnOrigin(HttpServletRequest request, String origin) {
		URI given;
		try {
			given = URI.create(origin.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (given.getScheme() == null || given.getHost() == null) {
			return false;
		}
		if (configured != null && sameOrigin(given, URI.create(configured))) {
			return true;
		}
		if (configured != null && !isLoopback(request)) {
			return false;
		}
		// scheme left aside: behind a TLS proxy the app sees http while the browser says
		// https
		String host = request.getHeader("Host");
		if (host == null) {
			host = request.getServerName() + ":" + request.getServerPort();
		}
		return withoutDefaultPort(authority(given)).equalsIgnoreCase(withoutDefaultPort(host.strip()));
	}

	private static String authority(URI uri) {
		return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
	}

	private static String withoutDefaultPort(String authority) {
		if (authority.endsWith(":80")) {
			return authority.substring(0, authority.length() - 3);
		}
		if (authority.endsWith(":443")) {
			return authority.substring(0, authority.length() - 4);
		}
		return authority;
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
				&& port(a) == port(b);
	}

	private static int port(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
	}

	private static int defaultPort(String scheme) {
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

	/** Whether the request came to this machine's loopback name or address. */
	public static boolean isLoopback(HttpServletRequest request) {
		String host = request.getServerName();
		return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
	}

}
