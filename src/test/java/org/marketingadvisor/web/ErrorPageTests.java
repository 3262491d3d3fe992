package org.marketingadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A wrong link gets the product's own error page in the user's language, through the real
 * server's error handling: no stack trace, no framework page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	private HttpResponse<String> get(String path, String language) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			// What a browser sends: HTML first, but anything acceptable.
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", language)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aReportLinkThatIsWrongInAnyWayGivesTheSamePageSoAGuessLearnsNothing() throws Exception {
		java.util.Set<String> bodies = new java.util.HashSet<>();
		for (String path : new String[] { "/reports/" + "A".repeat(43), "/reports/" + "A".repeat(43) + ".pdf",
				"/reports/%3Cscript%3E", "/reports/x.y.pdf", "/reports/" + "-".repeat(300), "/report/nothing" }) {
			HttpResponse<String> response = get(path, "uk");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.contains(messages.getMessage("error.page.not-found", null, Lang.UK.locale()))
				.contains("lang=\"uk\"");
			bodies.add(response.body().replaceAll("(?s)<header.*?</header>", ""));
		}
		assertThat(bodies).hasSize(1);
	}

	@Test
	void aWrongPrivateLinkGetsAFriendlyPageInTheUsersLanguage() throws Exception {
		for (Lang lang : Lang.values()) {
			for (String path : new String[] { "/q/no-such-token", "/q/no-such-token/company", "/reports/no-such-token",
					"/nothing-here" }) {
				HttpResponse<String> response = get(path, lang.code());
				assertThat(response.statusCode()).isEqualTo(404);
				assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
				assertThat(response.body()).contains(messages.getMessage("error.page.not-found", null, lang.locale()))
					.contains("lang=\"" + lang.code() + "\"")
					.doesNotContain("Exception")
					.doesNotContain("Whitelabel");
			}
		}
	}

}
