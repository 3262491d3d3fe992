package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.companies;
import static org.marketingadvisor.report.ReportTestSupport.json;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Peer averages appear only once ten assessments were submitted, are the true means of
 * everyone's scores, and never show one company's data. It shares the common context and
 * empties the assessment tables before each test, so the count starts at zero.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeerComparisonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startFromNoAssessments() {
		TestDatabase.clearAssessments(jdbc);
	}

	private JsonNode report(String token) throws Exception {
		return ReportTestSupport.report(mvc, token);
	}

	private Document page(String token) throws Exception {
		return Jsoup.parse(mvc.perform(get("/reports/" + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Autowired
	PeerScores peerScores;

	@Test
	void atStartUpOnlyAssessmentsWithoutScoresAreScoredAndAFullyScoredDatabaseIsLeftAlone() throws Exception {
		var scenarios = companies();
		submit(mvc, scenarios.get(0).answers(), "ru");
		submit(mvc, scenarios.get(1).answers(), "ru");
		String scoredAt = "SELECT scored_at FROM assessment_score ORDER BY assessment_id";
		List<Object> before = jdbc.sql(scoredAt).query().singleColumn();
		peerScores.run(null);
		assertThat(jdbc.sql(scoredAt).query().singleColumn()).as("nothing missing: nothing rewritten")
			.isEqualTo(before);

		// an assessment submitted before scores were kept: no score rows of its own
		Object unscored = jdbc.sql("SELECT assessment_id FROM assessment_score ORDER BY assessment_id")
			.query()
			.singleColumn()
			.get(0);
		for (String table : List.of("assessment_area_score", "assessment_finding", "assessment_score")) {
			jdbc.sql("DELETE FROM " + table + " WHERE assessment_id = ?").param(unscored).update();
		}
		peerScores.run(null);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_score WHERE assessment_id = ?")
			.param(unscored)
			.query(Long.class)
			.single()).as("scored at the next start").isEqualTo(1L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_finding WHERE assessment_id = ?")
			.param(unscored)
			.query(Long.class)
			.single()).as("its findings indexed again").isPositive();
	}

	@Test
	void peerAveragesAppearFromTheTenthAssessmentAndAreTheMeansOfAllScores() throws Exception {
		var scenarios = companies();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			tokens.add(submit(mvc, scenarios.get(i % scenarios.size()).answers(), "ru"));
			JsonNode report = report(tokens.get(i));
			assertThat(report.has("peers")).as("after %d assessments", i + 1).isFalse();
			assertThat(report.get("areas").get(0).has("peerAverage")).isFalse();
		}
		Document nine = page(tokens.get(8));
		assertThat(nine.select(".score__peers, .swatch--peers, .radar__peers")).isEmpty();
		assertThat(nine.select(".score-table thead th")).hasSize(3);

		tokens.add(submit(mvc, scenarios.get(0).answers(), "ru"));
		int overall = 0;
		Map<String, Integer> areaSums = new HashMap<>();
		for (String token : tokens) {
			JsonNode report = report(token);
			overall += report.get("overall").get("score").intValue();
			report.get("areas")
				.forEach(a -> areaSums.merge(a.get("id").stringValue(), a.get("score").intValue(), Integer::sum));
		}
		JsonNode tenth = report(tokens.get(9));
		assertThat(tenth.get("peers").get("assessments").intValue()).isEqualTo(10);
		// stored scores are integers: the mean of the integers may differ from the
		// mean of the exact scores by rounding only
		assertThat(tenth.get("peers").get("overall").intValue()).isCloseTo(Math.round(overall / 10f),
				org.assertj.core.data.Offset.offset(1));
		for (JsonNode area : tenth.get("areas")) {
			assertThat(area.get("peerAverage").intValue()).as(area.get("id").stringValue())
				.isEqualTo(Math.round(areaSums.get(area.get("id").stringValue()) / 10f));
		}
		// only averages and a count: nothing that belongs to one other company
		assertThat(tenth.get("peers").propertyNames()).containsExactlyInAnyOrder("assessments", "overall");

		Document page = page(tokens.get(0));
		assertThat(page.select(".radar__peers")).hasSize(1);
		assertThat(page.select(".score-table thead th")).hasSize(4);
		assertThat(page.selectFirst(".score__peers").text()).contains("10");
	}

}
