package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.springframework.stereotype.Component;

/**
 * Scenario results by rule set, language and scenario (its answers after its base): a
 * result depends on nothing else, so after one scenario is written only that one (and
 * those starting from it) runs again, for the table as for the draft's check.
 */
@Component
class ScenarioResults {

	/** How many rule-set and language pairs are kept. */
	static final int KEPT = 6;

	/** How many results one pair keeps before starting afresh. */
	static final int MAX_RESULTS = 2_000;

	private final Map<String, Map<LoadedScenario, ScenarioRunner.Result>> known = new LinkedHashMap<>(KEPT + 1, 0.75f,
			true);

	/** Every scenario's result; {@code fresh} runs each again. */
	List<ScenarioRunner.Result> run(RuleSet ruleSet, List<LoadedScenario> loaded, Lang lang, boolean fresh) {
		Map<LoadedScenario, ScenarioRunner.Result> results = results(ruleSet.version() + "/" + lang.code());
		ScenarioRunner runner = new ScenarioRunner(ruleSet, lang);
		List<ScenarioRunner.Result> out = new ArrayList<>();
		for (LoadedScenario s : loaded) {
			ScenarioRunner.Result r = fresh ? null : results.get(s);
			if (r == null) {
				r = runner.run(s);
				results.put(s, r);
			}
			out.add(r);
		}
		return out;
	}

	/**
	 * What {@link ScenarioChecks#failures} finds, from the results known: the publish
	 * gate's words (English), each in its scenario's file.
	 */
	List<Problem> failures(RuleSet ruleSet, List<LoadedScenario> loaded) {
		List<Problem> failures = new ArrayList<>();
		for (ScenarioRunner.Result r : run(ruleSet, loaded, Lang.EN, false)) {
			for (Problem f : r.failures()) {
				failures
					.add(Problem.in(r.scenario().file(), "problem.scenario.failure", r.scenario().scenario().id(), f));
			}
		}
		return failures;
	}

	private Map<LoadedScenario, ScenarioRunner.Result> results(String key) {
		synchronized (known) {
			Map<LoadedScenario, ScenarioRunner.Result> results = known.computeIfAbsent(key,
					k -> new ConcurrentHashMap<>());
			if (results.size() > MAX_RESULTS) {
				results.clear();
			}
			while (known.size() > KEPT) {
				known.remove(known.keySet().iterator().next());
			}
			return results;
		}
	}

}
