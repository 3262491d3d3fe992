package org.marketingadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The same protections through the real server (Tomcat), which MockMvc leaves out: its
 * redirects stay paths whatever the Host header says, no response sets a session cookie
 * for an anonymous visitor, and a form from another site gets the localized refusal page.
 * Requests are written by hand on a socket, as any client may send them (Java's HTTP
 * client will not send a Host header of one's choosing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverHttpTests {

	private static final String EVIL = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	Accounts accounts;

	/** A response as read off the wire. */
	record Response(int status, List<String> headers, String body) {

		String header(String name) {
			return headers.stream()
				.filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
				.map(h -> h.substring(name.length() + 1).strip())
				.findFirst()
				.orElse(null);
		}

		List<String> cookies() {
			return headers.stream()
				.filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:"))
				.map(h -> h.substring("set-cookie:".length()).strip())
				.toList();
		}

		/** "name=value" of a cookie this response sets. */
		String cookie(String name) {
			return cookies().stream()
				.filter(c -> c.startsWith(name + "="))
				.map(c -> c.split(";", 2)[0])
				.findFirst()
				.orElse(null);
		}

	}

	private Response send(String method, String path, String host, List<String> headers, String form)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nConnection: close\r\nAccept: text/html\r\n");
			headers.forEach(h -> request.append(h).append("\r\n"));
			byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
			if (form != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(body.length)
					.append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			List<String> lines = new ArrayList<>(List.of(text.substring(0, split).split("\r\n")));
			int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
			return new Response(status, lines, text.substring(split + 4));
		}
	}

	private static String csrf(Response page) {
		return Jsoup.parse(page.body()).selectFirst("form[method=post] input[name=_csrf]").val();
	}

	private static String form(String... pairs) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			s.append(i == 0 ? "" : "&")
				.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return s.toString();
	}

	private static void assertClean(Response response) {
		assertThat(response.status()).isLessThan(500);
		assertThat(String.join("\n", response.headers())).doesNotContain(EVIL).doesNotContain("JSESSIONID");
		assertThat(response.body()).doesNotContain(EVIL);
	}

	@Test
	void withAForeignHostHeaderRedirectsAndLinksStayPathsAndNoSessionIsMade() throws Exception {
		Response home = send("GET", "/", EVIL, List.of(), null);
		assertThat(home.status()).isEqualTo(200);
		assertClean(home);
		String cookie = home.cookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(home.header("Content-Security-Policy")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
		assertThat(home.header("Referrer-Policy")).isEqualTo("same-origin");

		Response start = send("POST", "/start", EVIL, List.of("Cookie: " + cookie),
				form("_csrf", csrf(home), "lang", "en"));
		assertThat(start.status()).isEqualTo(302);
		assertClean(start);
		String location = start.header("Location");
		assertThat(location).matches("/q/[A-Za-z0-9_-]{43}/company");

		Response section = send("GET", location, EVIL, List.of("Cookie: " + cookie), null);
		assertThat(section.status()).isEqualTo(200);
		assertClean(section);
		String token = location.split("/")[2];
		assertThat(Jsoup.parse(section.body()).selectFirst("input.resume__url").val()).isEqualTo("/q/" + token);

		for (String path : List.of("/q/" + token, "/consultant", "/consultant/assessments", "/admin/accounts",
				"/actuator/health", "/reports/" + token, "/api/v1/questionnaire", "/login")) {
			Response r = send("GET", path, EVIL, List.of(), null);
			assertClean(r);
			if (r.status() == 302) {
				assertThat(r.header("Location")).startsWith("/");
			}
		}

		accounts.create("http.user", "a long enough password", Role.CONSULTANT);
		Response asked = send("GET", "/consultant/assessments", EVIL, List.of(), null);
		assertThat(asked.header("Location")).isEqualTo("/login");
		Response login = send("GET", "/login", EVIL, List.of(), null);
		Response signedIn = send("POST", "/login", EVIL,
				List.of("Cookie: " + login.cookie("XSRF-TOKEN") + "; " + asked.cookie("REDIRECT_URI")),
				form("_csrf", csrf(login), "username", "http.user", "password", "a long enough password"));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo("/consultant/assessments");
		assertThat(String.join("\n", signedIn.headers())).doesNotContain(EVIL);
		// the one who signed in does get a session
		String session = signedIn.cookie("JSESSIONID");
		assertThat(session).isNotNull();
		assertThat(signedIn.cookies()).filteredOn(c -> c.startsWith("JSESSIONID="))
			.allMatch(c -> c.contains("HttpOnly"));
		Response workspace = send("GET", "/consultant", EVIL, List.of("Cookie: " + session), null);
		assertThat(workspace.status()).isEqualTo(200);
		Response out = send("POST", "/logout", EVIL, List.of("Cookie: " + session), form("_csrf", csrf(workspace)));
		assertThat(out.status()).isEqualTo(302);
		assertThat(out.header("Location")).isEqualTo("/login?signedOut");
	}

	@Test
	void aFormFromAnotherSiteGetsTheRefusalInTheVisitorsLanguage() throws Exception {
		Response home = send("GET", "/", "localhost:" + port, List.of(), null);
		String cookie = home.cookie("XSRF-TOKEN");
		Response refused = send("POST", "/start", "localhost:" + port,
				List.of("Cookie: " + cookie + "; lang=uk", "Origin: https://evil.example"),
				form("_csrf", csrf(home), "lang", "uk"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#refused-reason").text())
			.isEqualTo(messages.getMessage("refused.origin", null, Locale.forLanguageTag("uk")));
		// the same form from the app's own page passes
		Response own = send("POST", "/start", "localhost:" + port,
				List.of("Cookie: " + cookie, "Origin: http://localhost:" + port), form("_csrf", csrf(home)));
		assertThat(own.status()).isEqualTo(302);
		// and a stale token is told apart from a foreign origin
		Response stale = send("POST", "/start", "localhost:" + port,
				List.of("Cookie: XSRF-TOKEN=not-the-token; lang=en"), form("_csrf", csrf(home)));
		assertThat(stale.status()).isEqualTo(403);
		assertThat(Jsoup.parse(stale.body()).selectFirst("#refused-reason").text())
			.isEqualTo(messages.getMessage("refused.csrf", null, Locale.ENGLISH));
	}

}
