package org.marketingadvisor.questionnaire;

import java.util.Map;

import org.marketingadvisor.TestContent;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answer sets taken from the scenario files, so tests and scenarios agree on what is
 * valid.
 */
final class TestAnswers {

	private TestAnswers() {
	}

	static Map<String, Object> of(String scenarioId) {
		return TestContent.scenarioAnswers(scenarioId);
	}

	static String wellRunCompanyJson() {
		return JsonMapper.builder().build().writeValueAsString(of("well-run-company"));
	}

}
