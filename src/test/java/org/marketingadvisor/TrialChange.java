package org.marketingadvisor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.marketingadvisor.scenario.ScenarioLoader;
import org.marketingadvisor.engine.Evaluation;

/**
 * A visible change of the rules that still passes every shipped scenario, for tests that
 * publish: a new rule file that adds one more recommendation whenever the owner is the
 * bottleneck, choosing a recommendation the solo owner does not get today and that no
 * scenario requires to be absent.
 */
public record TrialChange(String path, String drl, String recommendation, String ruleName) {

	public static final String SOLO_OWNER = "solo-owner-does-everything";

	public static TrialChange create() {
		var ruleSet = TestContent.ruleSet();
		Evaluation solo = ruleSet.evaluate(TestContent.companyAnswers(ruleSet.knowledgeBase(), SOLO_OWNER));
		Set<String> forbidden = new TreeSet<>();
		ScenarioLoader.load(TestContent.RULES).forEach(s -> forbidden.addAll(s.scenario().absent().recommendations()));
		List<String> candidates = ruleSet.knowledgeBase()
			.recommendations()
			.stream()
			.map(r -> r.id())
			.filter(id -> !solo.hasRecommendation(id) && !forbidden.contains(id))
			.sorted()
			.toList();
		if (candidates.isEmpty()) {
			throw new IllegalStateException("no recommendation can be added without breaking a scenario");
		}
		String rec = candidates.get(0);
		String name = "Trial: also advise " + rec + " when the owner is the bottleneck";
		String drl = """
				// A trial rule added by a test.
				package rules.recommendations;

				import org.marketingadvisor.engine.Finding;
				import org.marketingadvisor.engine.Recommendation;

				rule "%s"
				when
				    Finding(id == "finding.owner-bottleneck")
				then
				    insertLogical(new Recommendation("%s"));
				end
				""".formatted(name, rec);
		return new TrialChange("rules/recommendations/trial.drl", drl, rec, name);
	}

}
