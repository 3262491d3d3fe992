package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A long report served by the real server, as a browser gets it: written out in full,
 * forms and their CSRF tokens included. (A token made only while writing came too late
 * for a long page, which then broke off in the middle; MockMvc, which buffers the whole
 * response, could not see that.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportOverHttpTests {

	@LocalServerPort
	int port;

	@Test
	void theLongestReportArrivesWholeWithItsFormsAndTokens() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String body = ReportTestSupport.JSON.writeValueAsString(
				Map.of("lang", "ru", "answers", ReportTestSupport.company("solo-owner-does-everything").answers()));
		HttpResponse<String> created = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessments"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		String token = ReportTestSupport.json(created.body()).get("token").stringValue();

		HttpResponse<String> report = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reports/" + token))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body().length()).as("longer than any response buffer").isGreaterThan(100_000);
		assertThat(report.body().strip()).endsWith("</html>");
		Document page = Jsoup.parse(report.body());
		assertThat(page.select("form[action*=/again]")).hasSize(1);
		assertThat(page.select("form[action*=/again] input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(page.select("footer")).isNotEmpty();
	}

}
