package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.company;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.marketingadvisor.TestDatabase;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The consultant's list of assessments, starting from empty assessment tables in the
 * common context: newest first, filters by language, score and finding, refused filters
 * reported and kept, pages, CSV, and no access without an account.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultantDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	private final List<String> tokens = new ArrayList<>();

	private String solo;

	private String wellRun;

	private String ceo;

	private String submit(String scenario, String lang, String label) throws Exception {
		Map<String, Object> body = Map.of("lang", lang, "answers", company(scenario).answers(), "companyLabel", label);
		String response = mvc
			.perform(post("/api/v1/assessments").contentType("application/json")
				.content(ReportTestSupport.JSON.writeValueAsString(body)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = ReportTestSupport.json(response).get("token").stringValue();
		tokens.add(0, token);
		return token;
	}

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void submitThree() throws Exception {
		TestDatabase.clearAssessments(jdbc);
		solo = submit("solo-owner-does-everything", "ru", "=HYPERLINK(\"x\")");
		wellRun = submit("well-run-company", "en", "Well \"run\"");
		ceo = submit("micromanaging-ceo", "uk", "ТОВ «Центр»");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user("consultant").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> reports(Document page) {
		return page.select("table.assessments tbody a").eachAttr("href");
	}

	@Test
	void onlySignedInConsultantsSeeTheList() throws Exception {
		mvc.perform(get("/consultant/assessments")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/consultant/assessments.csv")).andExpect(redirectedUrl("/login"));
		assertThat(reports(page(get("/consultant/assessments")))).containsExactly("/reports/" + ceo,
				"/reports/" + wellRun, "/reports/" + solo);
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		assertThat(reports(page(get("/consultant/assessments").param("language", "en"))))
			.containsExactly("/reports/" + wellRun);
		assertThat(reports(page(get("/consultant/assessments").param("minScore", "90"))))
			.containsExactly("/reports/" + wellRun);
		assertThat(reports(page(get("/consultant/assessments").param("maxScore", "40"))))
			.containsExactly("/reports/" + solo);
		List<String> withBottleneck = new ArrayList<>();
		for (String token : List.of(ceo, wellRun, solo)) {
			var report = ReportTestSupport
				.json(mvc.perform(get("/api/v1/reports/" + token)).andReturn().getResponse().getContentAsString());
			report.get("problems").forEach(p -> {
				if (p.get("id").stringValue().equals("finding.owner-bottleneck")) {
					withBottleneck.add("/reports/" + token);
				}
			});
		}
		assertThat(withBottleneck).contains("/reports/" + solo).doesNotContain("/reports/" + wellRun);
		assertThat(reports(page(get("/consultant/assessments").param("finding", "finding.owner-bottleneck"))))
			.containsExactlyElementsOf(withBottleneck);
	}

	@Test
	void aFilterThatCannotBeReadIsReportedKeptAndNotApplied() throws Exception {
		Document page = page(get("/consultant/assessments").param("from", "last week")
			.param("minScore", "lots")
			.param("lang", "uk"));
		assertThat(page.select("[role=alert] p").eachText()).containsExactly(
				messages.getMessage("dashboard.error.date", null, Lang.UK.locale()),
				messages.getMessage("dashboard.error.score", null, Lang.UK.locale()));
		assertThat(page.selectFirst("#from").val()).isEqualTo("last week");
		assertThat(page.selectFirst("#minScore").val()).isEqualTo("lots");
		assertThat(reports(page)).hasSize(3);
	}

	@Test
	void theListExportsAsCsvWithTheSameFilters() throws Exception {
		var response = mvc
			.perform(
					get("/consultant/assessments.csv").param("lang", "en").with(user("consultant").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", "assessments.csv");
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		List<String> lines = csv.substring(1).lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("\"" + messages.getMessage("dashboard.submitted", null, Lang.EN.locale()));
		assertThat(lines.get(1)).contains("\"ТОВ «Центр»\"", "\"uk\"", "/reports/" + ceo);
		assertThat(lines.get(2)).contains("\"Well \"\"run\"\"\"", "\"100\"");
		// a label that a spreadsheet would run as a formula is neutralised
		assertThat(lines.get(3)).contains("\"'=HYPERLINK(\"\"x\"\")\"");

		String filtered = new String(
				mvc.perform(get("/consultant/assessments.csv").param("language", "en")
					.with(user("consultant").roles("CONSULTANT"))).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(filtered.lines().count()).isEqualTo(2);
	}

	@Test
	@Order(Integer.MAX_VALUE) // adds many assessments: after the tests that count the
								// first three
	void longListsComeInPages() throws Exception {
		for (int i = 0; i < ReportList.PAGE_SIZE; i++) {
			submit("well-run-company", "ru", "Page test " + i);
		}
		Document first = page(get("/consultant/assessments"));
		assertThat(reports(first)).hasSize(ReportList.PAGE_SIZE);
		assertThat(first.selectFirst(".list-count").text())
			.isEqualTo(messages.getMessage("dashboard.count", new Object[] { tokens.size() }, Lang.RU.locale()));
		String older = first.select("nav.pager a").last().attr("href");
		assertThat(older).contains("page=1", "after=");
		Document second = page(get(older));
		assertThat(reports(second)).hasSize(tokens.size() - ReportList.PAGE_SIZE);
		assertThat(second.select("nav.pager a")).hasSize(1);
		// the link by number alone (as before) shows the same page
		assertThat(reports(page(get("/consultant/assessments").param("page", "1")))).isEqualTo(reports(second));
		// back from the second page: the first one, as a plain link
		String newer = second.selectFirst("nav.pager a").attr("href");
		assertThat(newer).doesNotContain("page=", "before=");
		assertThat(reports(page(get(newer)))).isEqualTo(reports(first));
		// a cursor that cannot be read is reported and the page by its number shown
		Document garbled = page(get("/consultant/assessments").param("page", "1").param("after", "yesterday"));
		assertThat(garbled.select("[role=alert] p").eachText())
			.containsExactly(messages.getMessage("dashboard.error.cursor", null, Lang.RU.locale()));
		assertThat(reports(garbled)).isEqualTo(reports(second));
		// past the end: nothing listed, and a way back to the first page
		Document past = page(get("/consultant/assessments").param("page", "99"));
		assertThat(reports(past)).isEmpty();
		assertThat(past.select("nav.pager a").eachAttr("href")).containsExactly("/consultant/assessments");
	}

}
