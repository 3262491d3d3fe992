package org.marketingadvisor.scenario;

import org.marketingadvisor.ruleset.Content;

import java.util.ArrayList;
import java.util.List;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Problem;

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

	/**
	 * Each failure in its scenario's file ("scenario 'id': what failed"); empty when all
	 * pass.
	 */
	public static List<Problem> failures(Content content, RuleSet ruleSet) {
		List<Problem> failures = new ArrayList<>();
		try {
			for (ScenarioRunner.Result r : run(content, ruleSet)) {
				for (Problem f : r.failures()) {
					failures.add(Problem.in(r.scenario().file(), "problem.scenario.failure",
							r.scenario().scenario().id(), f));
				}
			}
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			failures.addAll(ex.problems());
		}
		return failures;
	}

}
