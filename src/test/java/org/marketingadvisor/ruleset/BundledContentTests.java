package org.marketingadvisor.ruleset;

import org.marketingadvisor.scenario.ScenarioChecks;
import org.marketingadvisor.scenario.ScenarioLoader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.lint.RuleLinter;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Problem;

/**
 * The copy of the content folders bundled with the application (what the jar reads when
 * started outside the project) is the whole content, scenarios included, so the publish
 * gate runs the same scenarios there as in the project folder.
 */
class BundledContentTests {

	/**
	 * The gate with the checks the application collects: the linter's errors, then the
	 * scenarios.
	 */
	private static final PublishGate GATE = new PublishGate(
			List.of((built, content) -> RuleLinter.errors(built, content),
					(built, content) -> ScenarioChecks.failures(content, built)));

	/** Folders that do not exist: the bundled copy is read instead. */
	private static Content bundled() {
		Path nowhere = Path.of("target", "no-content-here");
		return Content.read(nowhere.resolve("rules"), nowhere.resolve("knowledge-base"));
	}

	@Test
	void theBundledCopyIsTheWholeContentScenariosIncluded() {
		Content disk = Content.read(TestContent.RULES, TestContent.KNOWLEDGE_BASE);
		Content bundled = bundled();
		assertThat(bundled.scenarioFiles()).isNotEmpty();
		assertThat(bundled.files().keySet()).containsAll(disk.files().keySet())
			.contains("rules/scenarios/companies/well-run-company.yaml");
		assertThat(bundled.files()).isEqualTo(disk.files());
	}

	@Test
	void thePublishGateRunsTheBundledScenarios() {
		Content bundled = bundled();
		RuleSet built = bundled.build(1);
		int scenarios = ScenarioChecks.run(bundled, built).size();
		assertThat(scenarios).isEqualTo(ScenarioLoader.load(TestContent.RULES).size()).isGreaterThan(0);
		assertThat(GATE.problems(built, bundled)).isEmpty();
		// a scenario that fails in the bundled copy stops the gate
		String path = "rules/scenarios/companies/well-run-company.yaml";
		Content failing = bundled.with(path,
				bundled.files()
					.get(path)
					.replace("        - finding.ceo-marketer-tandem\n", "        - finding.owner-bottleneck\n"));
		assertThat(failing.files().get(path)).isNotEqualTo(bundled.files().get(path));
		assertThat(Problem.english(GATE.problems(built, failing))).singleElement()
			.asString()
			.contains("scenario ‘well-run-company’", "finding.owner-bottleneck");
	}

}
