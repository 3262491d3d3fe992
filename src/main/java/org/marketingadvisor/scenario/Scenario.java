package org.marketingadvisor.scenario;

import java.util.List;
import java.util.Map;

/**
 * A scenario: answers (optionally on top of another scenario's answers: {@code base},
 * where a null answer removes the base's answer) and what must and must not come out;
 * {@code maxRecommendations}, when set, is a ceiling on the number of recommendations (a
 * healthy firm must not be buried in advice). The {@code name} is what the pages show,
 * one text or a text per language ({@link ScenarioText}); the {@code description} is a
 * note for whoever reads the file, shown on no page, so it stays one text.
 */
public record Scenario(String id, ScenarioText name, String description, String base, Map<String, Object> answers,
		Expectation expect, Expectation absent, Integer maxRecommendations) {

	/**
	 * Findings, recommendations and rules (by name) that must be present, or absent; for
	 * {@code absent}, also severities no problem finding may have (e.g. critical) and
	 * priorities no recommendation may have.
	 */
	public record Expectation(List<String> findings, List<String> recommendations, List<String> rules,
			List<String> severities, List<String> priorities) {

		public Expectation {
			findings = findings == null ? List.of() : List.copyOf(findings);
			recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
			rules = rules == null ? List.of() : List.copyOf(rules);
			severities = severities == null ? List.of() : List.copyOf(severities);
			priorities = priorities == null ? List.of() : List.copyOf(priorities);
		}

		static final Expectation NONE = new Expectation(null, null, null, null, null);

	}

	public Scenario {
		answers = answers == null ? Map.of() : answers;
		expect = expect == null ? Expectation.NONE : expect;
		absent = absent == null ? Expectation.NONE : absent;
	}

}
