package org.marketingadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleReferences;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.FindingDefinition;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.Heuristic;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.RecommendationDefinition;

/**
 * Runs every scenario under rules/scenarios/ and checks that together they pin every
 * rule: each rule fires in some scenario and is expected silent in another, each finding
 * and recommendation of the knowledge base comes out somewhere, and each diagnosable
 * heuristic is encoded by a rule.
 */
class ScenarioTests {

	private static RuleSet ruleSet;

	private static List<ScenarioRunner.Result> results;

	@BeforeAll
	static void runAll() {
		ruleSet = TestContent.ruleSet();
		ScenarioRunner runner = new ScenarioRunner(ruleSet);
		results = ScenarioLoader.load(TestContent.RULES).stream().map(runner::run).toList();
	}

	@TestFactory
	Stream<DynamicTest> everyScenarioPasses() {
		return results.stream()
			.map(r -> DynamicTest.dynamicTest(r.scenario().file() + " :: " + r.scenario().scenario().id(),
					() -> assertThat(r.failures()).as(r.scenario().scenario().name().in(Lang.EN)).isEmpty()));
	}

	@Test
	void atLeastEightWholeCompanyScenarios() {
		assertThat(results).filteredOn(r -> r.scenario().file().startsWith("rules/scenarios/companies/"))
			.hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void wellRunCompanyGetsNoCriticalFinding() {
		ScenarioRunner.Result wellRun = results.stream()
			.filter(r -> r.scenario().scenario().id().equals("well-run-company"))
			.findFirst()
			.orElseThrow();
		assertThat(wellRun.evaluation().findings())
			.noneMatch(f -> f.kind() == FindingKind.PROBLEM && f.severity().code().equals("critical"));
		assertThat(wellRun.evaluation().findings()).anyMatch(f -> f.kind() == FindingKind.STRENGTH);
	}

	@Test
	void everyRuleFiresInOneScenarioAndIsSilentInAnother() {
		Set<String> firesSomewhere = new HashSet<>();
		Set<String> silentSomewhere = new HashSet<>();
		for (ScenarioRunner.Result r : results) {
			if (r.evaluation() == null) {
				continue;
			}
			Set<String> fired = new HashSet<>(r.evaluation().firedRules());
			r.scenario().scenario().expect().rules().stream().filter(fired::contains).forEach(firesSomewhere::add);
			r.scenario()
				.scenario()
				.absent()
				.rules()
				.stream()
				.filter(x -> !fired.contains(x))
				.forEach(silentSomewhere::add);
		}
		List<String> missing = new ArrayList<>();
		for (String rule : ruleSet.ruleNames()) {
			if (!firesSomewhere.contains(rule)) {
				missing.add("no scenario expects rule to fire: " + rule);
			}
			if (!silentSomewhere.contains(rule)) {
				missing.add("no scenario expects rule to stay silent: " + rule);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyFindingAndRecommendationIsProducedInSomeScenario() {
		Set<String> produced = new TreeSet<>();
		for (ScenarioRunner.Result r : results) {
			Evaluation e = r.evaluation();
			if (e != null) {
				e.findings().forEach(f -> produced.add(f.id()));
				e.recommendations().forEach(x -> produced.add(x.id()));
			}
		}
		KnowledgeBase kb = ruleSet.knowledgeBase();
		List<String> never = new ArrayList<>();
		kb.findings().stream().map(FindingDefinition::id).filter(id -> !produced.contains(id)).forEach(never::add);
		kb.recommendations()
			.stream()
			.map(RecommendationDefinition::id)
			.filter(id -> !produced.contains(id))
			.forEach(never::add);
		assertThat(never).as("knowledge-base entries no scenario produces").isEmpty();
	}

	@Test
	void everyKnowledgeBaseEntryIsNamedByARuleAndEveryRuleIdExists() {
		KnowledgeBase kb = ruleSet.knowledgeBase();
		RuleReferences refs = RuleReferences.scan(TestContent.ruleFiles(), kb);
		assertThat(refs.problems()).isEmpty();
		assertThat(
				kb.findings().stream().map(FindingDefinition::id).filter(id -> !refs.findingsProduced().contains(id)))
			.as("findings no rule derives")
			.isEmpty();
		assertThat(kb.recommendations()
			.stream()
			.map(RecommendationDefinition::id)
			.filter(id -> !refs.recommendationsProduced().contains(id))).as("recommendations no rule derives")
			.isEmpty();
		assertThat(kb.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.PROBLEM)
			.map(FindingDefinition::id)
			.filter(id -> !refs.findingsMatched().contains(id))).as("problems no recommendation rule acts on")
			.isEmpty();
	}

	@Test
	void everyDiagnosableHeuristicIsEncodedByARule() {
		KnowledgeBase kb = ruleSet.knowledgeBase();
		RuleReferences refs = RuleReferences.scan(TestContent.ruleFiles(), kb);
		Set<String> encoded = new HashSet<>();
		kb.findings()
			.stream()
			.filter(f -> refs.findingsProduced().contains(f.id()))
			.forEach(f -> encoded.addAll(f.heuristics()));
		assertThat(kb.heuristics()
			.stream()
			.filter(Heuristic::isDiagnosable)
			.map(Heuristic::id)
			.filter(id -> !encoded.contains(id))).as("diagnosable heuristics without a rule").isEmpty();
	}

	@Test
	void everyQuestionIsUsedByARule() {
		KnowledgeBase kb = ruleSet.knowledgeBase();
		RuleReferences refs = RuleReferences.scan(TestContent.ruleFiles(), kb);
		Set<String> needed = new HashSet<>(refs.questions());
		// questions that only decide whether others are shown are used too
		kb.questions().stream().filter(q -> q.condition() != null).forEach(q -> needed.add(q.condition().question()));
		assertThat(kb.questions().stream().map(q -> q.id()).filter(id -> !needed.contains(id)))
			.as("questions no rule reads")
			.isEmpty();
	}

}
