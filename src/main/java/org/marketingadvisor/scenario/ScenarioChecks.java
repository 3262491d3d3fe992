package org.marketingadvisor.scenario;

import org.marketingadvisor.ruleset.Content;

import java.util.ArrayList;
import java.util.List;

import org.marketingadvisor.engine.RuleSet;

/**
 * The scenarios of a version run against its own rule set: part of the publish gate (a
 * version whose scenarios fail does not go live) and of the scenarios page.
 */
public final class ScenarioChecks {

	private ScenarioChecks() {
	}

	/**
	 * Every scenario's result; throws with the file problems when a file cannot be read.
	 */
	public static List<ScenarioRunner.Result> run(Content content, RuleSet ruleSet) {
		ScenarioRunner runner = new ScenarioRunner(ruleSet);
		return ScenarioLoader.load(content.scenarioFiles()).stream().map(runner::run).toList();
	}

	/** Each failure as "file: scenario 'id': what failed"; empty when all pass. */
	public static List<String> failures(Content content, RuleSet ruleSet) {
		List<String> failures = new ArrayList<>();
		try {
			for (ScenarioRunner.Result r : run(content, ruleSet)) {
				for (String f : r.failures()) {
					failures.add(r.scenario().file() + ": scenario '" + r.scenario().scenario().id() + "': " + f);
				}
			}
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			failures.addAll(ex.problems());
		}
		return failures;
	}

}
