package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * A submission and its scores are one transaction on one connection: with only one
 * connection left in the pool a submission still completes, scored; and when the scores
 * cannot be written, nothing of the submission is stored. The pool settings give this
 * class a context, and a database, of its own (a pool of two, as Flyway needs two at
 * start-up).
 */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=2000" })
@AutoConfigureMockMvc
class SubmissionTransactionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private MvcResult submit() throws Exception {
		String body = JSON.writeValueAsString(
				Map.of("lang", "en", "answers", TestContent.scenarioAnswers("solo-owner-does-everything")));
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Test
	void aSubmissionNeedsOneConnectionAndIsStoredWithItsScores() throws Exception {
		try (Connection taken = dataSource.getConnection()) {
			// the pool's other connection is all a submission may use
			for (int i = 0; i < 3; i++) {
				MvcResult created = submit();
				assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString())
					.isEqualTo(201);
				UUID id = UUID
					.fromString(JSON.readTree(created.getResponse().getContentAsString()).get("id").stringValue());
				assertThat(count("SELECT COUNT(*) FROM assessment_score WHERE assessment_id = ?", id)).isEqualTo(1);
				assertThat(count("SELECT COUNT(*) FROM assessment_area_score WHERE assessment_id = ?", id))
					.as("one score per area")
					.isGreaterThan(3);
			}
		}
	}

	@Test
	void whenTheScoresCannotBeWrittenTheSubmissionIsNotStored() throws Exception {
		int before = count("SELECT COUNT(*) FROM assessment");
		jdbc.sql("ALTER TABLE assessment_area_score ADD CONSTRAINT refuse_every_score CHECK (score < 0) NOCHECK")
			.update();
		try {
			MvcResult refused = submit();
			assertThat(refused.getResponse().getStatus()).isNotEqualTo(201);
		}
		catch (Exception failed) {
			// the failure may also surface as the request's exception: either way, not
			// acknowledged
		}
		finally {
			jdbc.sql("ALTER TABLE assessment_area_score DROP CONSTRAINT refuse_every_score").update();
		}
		assertThat(count("SELECT COUNT(*) FROM assessment")).as("rolled back with its scores").isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM assessment a LEFT JOIN assessment_score s ON s.assessment_id = a.id "
				+ "WHERE a.status = 'SUBMITTED' AND s.assessment_id IS NULL"))
			.isZero();
	}

}
