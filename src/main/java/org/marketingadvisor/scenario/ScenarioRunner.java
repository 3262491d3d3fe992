package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.questionnaire.AnswerError;
import org.marketingadvisor.questionnaire.AnswerValidator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a scenario against a rule set: its answers go through the same validation as the
 * API's (a scenario a real owner could not have submitted is itself a failure), then
 * every expectation is checked. Failures are listed in words a consultant can act on.
 */
public final class ScenarioRunner {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RuleSet ruleSet;

	private final Lang lang;

	public ScenarioRunner(RuleSet ruleSet) {
		this(ruleSet, Lang.EN);
	}

	/**
	 * A runner whose failures name questions and options in {@code lang} (a page's); the
	 * publish gate's are in English, as every stored problem.
	 */
	public ScenarioRunner(RuleSet ruleSet, Lang lang) {
		this.ruleSet = ruleSet;
		this.lang = lang;
	}

	/**
	 * Outcome of one scenario; {@code evaluation} is null when its answers were invalid.
	 */
	public record Result(LoadedScenario scenario, Evaluation evaluation, List<Problem> failures) {

		public boolean passed() {
			return failures.isEmpty();
		}

	}

	public Result run(LoadedScenario loaded) {
		List<Problem> failures = new ArrayList<>();
		JsonNode answers = JSON.valueToTree(loaded.answers());
		AnswerValidator.Result validation = new AnswerValidator(ruleSet.knowledgeBase(), lang).validate(answers);
		if (!validation.valid()) {
			for (AnswerError e : validation.errors()) {
				failures.add(Problem.phrase("problem.scenario.answer", e.field(),
						Problem.phrase(e.code(), e.args().toArray())));
			}
			return new Result(loaded, null, failures);
		}
		Evaluation evaluation = ruleSet.evaluate(validation.answers());
		Scenario s = loaded.scenario();
		Set<String> findings = new TreeSet<>();
		evaluation.findings().forEach(f -> findings.add(f.id()));
		Set<String> recommendations = new TreeSet<>();
		evaluation.recommendations().forEach(r -> recommendations.add(r.id()));
		Set<String> fired = new TreeSet<>(evaluation.firedRules());
		Set<String> rules = new TreeSet<>(ruleSet.ruleNames());
		check("finding", s.expect().findings(), s.absent().findings(), findings, failures);
		check("recommendation", s.expect().recommendations(), s.absent().recommendations(), recommendations, failures);
		for (String rule : concat(s.expect().rules(), s.absent().rules())) {
			if (!rules.contains(rule)) {
				failures.add(Problem.phrase("problem.scenario.no-rule", rule));
			}
		}
		check("rule", s.expect().rules(), s.absent().rules(), fired, failures);
		for (String severity : s.absent().severities()) {
			evaluation.findings()
				.stream()
				.filter(f -> f.kind() == FindingKind.PROBLEM && f.severity().code().equals(severity))
				.forEach(f -> failures.add(Problem.phrase("problem.scenario.severity-present", severity, f.id(),
						String.join(", ", f.rules()))));
		}
		for (String priority : s.absent().priorities()) {
			evaluation.recommendations()
				.stream()
				.filter(r -> r.priority().code().equals(priority))
				.forEach(r -> failures.add(Problem.phrase("problem.scenario.priority-present", priority, r.id(),
						String.join(", ", r.findings()))));
		}
		if (s.maxRecommendations() != null && evaluation.recommendations().size() > s.maxRecommendations()) {
			failures.add(Problem.phrase("problem.scenario.too-many", String.valueOf(s.maxRecommendations()),
					String.valueOf(evaluation.recommendations().size()), String.join(", ", recommendations)));
		}
		return new Result(loaded, evaluation, failures);
	}

	private static void check(String what, List<String> expected, List<String> absent, Set<String> actual,
			List<Problem> failures) {
		for (String id : expected) {
			if (!actual.contains(id)) {
				failures.add(Problem.phrase("problem.scenario.missing." + what, id, String.join(", ", actual)));
			}
		}
		for (String id : absent) {
			if (actual.contains(id)) {
				failures.add(Problem.phrase("problem.scenario.present." + what, id));
			}
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
