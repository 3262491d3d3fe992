package org.marketingadvisor.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.marketingadvisor.TestContent;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Company scenarios submitted through the public API, as an integrator would. */
final class ReportTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportTestSupport() {
	}

	/** The company scenarios of {@code rules/scenarios/companies/}. */
	static List<LoadedScenario> companies() {
		return ScenarioLoader.load(TestContent.RULES).stream().filter(s -> s.file().contains("companies/")).toList();
	}

	static LoadedScenario company(String id) {
		return companies().stream().filter(s -> s.scenario().id().equals(id)).findFirst().orElseThrow();
	}

	/** Submits the answers as a finished assessment; returns its token. */
	static String submit(MockMvc mvc, Map<String, Object> answers, String lang) throws Exception {
		String body = JSON.writeValueAsString(Map.of("lang", lang, "answers", answers));
		String response = mvc.perform(post("/api/v1/assessments").contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(response).get("token").stringValue();
	}

	/** The report's JSON, in the assessment's language. */
	static JsonNode report(MockMvc mvc, String token) throws Exception {
		return json(mvc
			.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/reports/" + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
