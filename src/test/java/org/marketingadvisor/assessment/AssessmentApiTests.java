package org.marketingadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/**
 * The integration API that stores submitted assessments, against the real database and
 * rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentRepository repository;

	private ResultActions create(String json) throws Exception {
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String body(String lang, String answers, String extra) {
		return "{\"lang\": \"" + lang + "\"" + extra + ", \"answers\": {" + answers + "}}";
	}

	@Test
	void submittedAssessmentIsStoredAndAnsweredWith201AndReportLinks() throws Exception {
		long before = repository.count();
		String response = create(body("en", EvaluationApiTests.SOLO_OWNER, ", \"companyLabel\": \"Corner shop\""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/reports/")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.status").value("submitted"))
			.andExpect(jsonPath("$.links.html").value(containsString("/reports/")))
			.andExpect(jsonPath("$.links.pdf").value(containsString(".pdf")))
			.andExpect(jsonPath("$.links.json").value(containsString("/api/v1/reports/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(repository.count()).isEqualTo(before + 1);

		var created = JsonMapper.builder().build().readTree(response);
		Assessment stored = repository.findByToken(created.get("token").stringValue()).orElseThrow();
		assertThat(stored.getId().toString()).isEqualTo(created.get("id").stringValue());
		assertThat(stored.isSubmitted()).isTrue();
		assertThat(stored.getCompanyLabel()).isEqualTo("Corner shop");
		assertThat(stored.getLang()).isEqualTo("en");
		assertThat(stored.getRulesetVersion()).isEqualTo(created.get("rulesetVersion").stringValue()).hasSize(16);
		assertThat(stored.getResult()).contains("finding.owner-bottleneck");
		assertThat(stored.getAnswers()).contains("\"marketing.responsible\":\"owner\"");

		mvc.perform(get(created.get("links").get("json").stringValue()).param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lang").value("ru"))
			.andExpect(jsonPath("$.rulesetVersion").value(stored.getRulesetVersion()))
			.andExpect(jsonPath("$.problems[*].id", hasItem("finding.owner-bottleneck")))
			.andExpect(jsonPath("$.problems[0].title").value(containsString("Владелец")));
	}

	@Test
	void badInputGetsTheEvaluationEndpointsErrorsAndStoresNothing() throws Exception {
		long before = repository.count();
		String bad = body("ru", EvaluationApiTests.SOLO_OWNER.replace("\"kpi.defined\": false,", ""), "");
		create(bad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kpi.defined"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("обязательный")));
		create("{\"lang\": \"en\", \"answers\": {").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		create(body("en", EvaluationApiTests.SOLO_OWNER, ", \"companyLabel\": " + "\"" + "x".repeat(201) + "\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("companyLabel"));
		create(body("en", EvaluationApiTests.SOLO_OWNER, ", \"colour\": \"red\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		assertThat(repository.count()).isEqualTo(before);
	}

	@Test
	void unknownReportTokenIsA404InTheRequestedLanguage() throws Exception {
		mvc.perform(get("/api/v1/reports/not-a-token").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].field").value("token"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("No report")));
	}

}
