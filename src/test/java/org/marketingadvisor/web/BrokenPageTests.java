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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.View;

/**
 * A page whose template fails half-way (after it set text/html and wrote a little) still
 * gets the product's error page in the user's language, not a bare 500 with an empty
 * body; on the API the same failure is a JSON error. Through the real server, whose error
 * dispatch is what runs then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BrokenPageTests.Broken.class)
class BrokenPageTests {

	/** Pages whose view fails while rendering, as a broken template does. */
	@TestConfiguration
	@Controller
	static class Broken {

		private static final View FAILING = (model, request, response) -> {
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>half a page");
			throw new IllegalStateException("the template failed");
		};

		@GetMapping("/test/broken-page")
		View page() {
			return FAILING;
		}

		@GetMapping("/api/v1/test/broken")
		View api() {
			return FAILING;
		}

		/** What a parser's recursion does with input nested thousands deep. */
		@GetMapping("/test/too-deep")
		String tooDeep() {
			throw new StackOverflowError();
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	private HttpResponse<String> get(String path, String accept, String language) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", accept)
				.header("Accept-Language", language)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aPageWhoseTemplateFailsGetsTheErrorPage() throws Exception {
		for (String accept : new String[] { "text/html", "*/*", "application/json" }) {
			HttpResponse<String> r = get("/test/broken-page", accept, "uk");
			assertThat(r.statusCode()).isEqualTo(500);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(r.body()).contains(messages.getMessage("error.internal", null, Lang.UK.locale()))
				.contains("lang=\"uk\"")
				.doesNotContain("half a page")
				.doesNotContain("Exception")
				.doesNotContain("failed");
		}
	}

	@Test
	void inputThatExhaustsTheStackIsTheAuthorsMistake() throws Exception {
		HttpResponse<String> r = get("/test/too-deep", "text/html", "en");
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains(messages.getMessage("error.request.too-deep", null, Lang.EN.locale()));
	}

	@Test
	void theApiAnswersTheSameFailureAsJson() throws Exception {
		HttpResponse<String> r = get("/api/v1/test/broken", "*/*", "en");
		assertThat(r.statusCode()).isEqualTo(500);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(r.body()).isEqualTo("{\"errors\":[{\"field\":\"body\",\"message\":\""
				+ messages.getMessage("error.internal", null, Lang.EN.locale()) + "\"}]}");
	}

}
