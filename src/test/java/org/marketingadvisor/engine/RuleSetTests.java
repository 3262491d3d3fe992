package org.marketingadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.Evaluation.FindingResult;
import org.marketingadvisor.engine.Evaluation.RecommendationResult;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Severity;
import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.lint.AnswerSampler;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.scenario.ScenarioLoader;

import tools.jackson.databind.json.JsonMapper;

class RuleSetTests {

	private static final String OWNER_RULES = "findings/owner-role.drl";

	private final RuleSet ruleSet = TestContent.ruleSet();

	private static Answers answers(Object... pairs) {
		Map<String, AnswerValue> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object v = pairs[i + 1];
			AnswerValue value = v instanceof Boolean b ? new AnswerValue.YesNo(b)
					: v instanceof Number n ? new AnswerValue.Number(n.doubleValue())
							: v instanceof List<?> l ? new AnswerValue.Choices(l.stream().map(String::valueOf).toList())
									: new AnswerValue.Choice((String) v);
			map.put((String) pairs[i], value);
		}
		return new Answers(map);
	}

	@Test
	void conclusionsAreTheIdsOfTheFullEvaluation() {
		// every scenario of rules/scenarios and 500 sampled answer sets
		List<Answers> sets = new ArrayList<>();
		for (var scenario : ScenarioLoader.load(TestContent.RULES)) {
			var valid = new AnswerValidator(ruleSet.knowledgeBase(), Lang.EN)
				.validate(JsonMapper.builder().build().valueToTree(scenario.answers()));
			if (valid.valid()) {
				sets.add(valid.answers());
			}
		}
		AnswerSampler.sample(ruleSet.knowledgeBase(), 500, 42).forEach(s -> sets.add(s.answers()));
		assertThat(sets).hasSizeGreaterThan(600);
		int withBoth = 0;
		for (Answers a : sets) {
			Evaluation full = ruleSet.evaluate(a);
			Conclusions ids = ruleSet.conclusions(a);
			assertThat(ids.findings())
				.containsExactlyElementsOf(full.findings().stream().map(FindingResult::id).sorted().toList());
			assertThat(ids.recommendations()).containsExactlyElementsOf(
					full.recommendations().stream().map(RecommendationResult::id).sorted().toList());
			if (!ids.findings().isEmpty() && !ids.recommendations().isEmpty()) {
				withBoth++;
			}
		}
		// the comparison means something: most sets conclude something
		assertThat(withBoth).isGreaterThan(sets.size() / 2);
	}

	@Test
	void findingCarriesTheRuleAndTheAnswersItMatched() {
		Evaluation e = ruleSet.evaluate(answers("company.owners", "single", "marketing.responsible", "owner"));
		FindingResult bottleneck = e.findings()
			.stream()
			.filter(f -> f.id().equals("finding.owner-bottleneck"))
			.findFirst()
			.orElseThrow();
		assertThat(bottleneck.rules())
			.containsExactly("Owner bottleneck: a sole owner is personally responsible for marketing");
		assertThat(bottleneck.evidence()).containsExactly("company.owners", "marketing.responsible");
		assertThat(bottleneck.severity()).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void recommendationExplainsItselfThroughTheFindingsItRestsOn() {
		Evaluation e = ruleSet.evaluate(answers("company.owners", "single", "marketing.responsible", "owner"));
		RecommendationResult appoint = e.recommendations()
			.stream()
			.filter(r -> r.id().equals("rec.appoint-responsible"))
			.findFirst()
			.orElseThrow();
		assertThat(appoint.rules()).containsExactly("Recommend appointing a centre of responsibility");
		assertThat(appoint.findings()).containsExactly("finding.owner-bottleneck");
		assertThat(appoint.evidence()).containsExactly("company.owners", "marketing.responsible");
	}

	@Test
	void partnersWhoBackEachOtherUpAreNoBottleneckButAStrength() {
		Evaluation e = ruleSet.evaluate(answers("company.owners", "partners-active", "marketing.responsible", "owner"));
		assertThat(e.findings()).extracting(FindingResult::id).doesNotContain("finding.owner-bottleneck");
		assertThat(e.findings()).filteredOn(f -> f.id().equals("finding.marketing-rests-on-co-owners"))
			.singleElement()
			.extracting(FindingResult::severity)
			.isEqualTo(Severity.LOW);
		assertThat(e.findings()).extracting(FindingResult::id).contains("finding.co-owners-back-each-other-up");
	}

	@Test
	void gravestSeverityWinsWhenRulesDisagree() {
		Evaluation e = ruleSet.evaluate(answers("company.owners", "single", "marketing.responsible", "owner",
				"owner.activities", List.of("runs-ads-analytics", "manages-contractors")));
		FindingResult f = e.findings()
			.stream()
			.filter(x -> x.id().equals("finding.owner-bottleneck"))
			.findFirst()
			.orElseThrow();
		assertThat(f.rules()).hasSize(2);
		assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(f.evidence()).containsExactly("company.owners", "owner.activities", "marketing.responsible");
	}

	@Test
	void resultsAreOrderedBySeverityThenAreaThenId() {
		Evaluation e = ruleSet.evaluate(answers("company.strategy", "none", "kpi.defined", false, "budget.cut-first",
				true, "marketing.research", false, "owner.results-horizon", "month"));
		List<FindingResult> findings = e.findings();
		for (int i = 1; i < findings.size(); i++) {
			FindingResult a = findings.get(i - 1);
			FindingResult b = findings.get(i);
			int bySeverity = a.severity().compareTo(b.severity());
			int byArea = Integer.compare(ruleSet.knowledgeBase().areaOrder(a.area()),
					ruleSet.knowledgeBase().areaOrder(b.area()));
			assertThat(bySeverity < 0
					|| (bySeverity == 0 && (byArea < 0 || (byArea == 0 && a.id().compareTo(b.id()) < 0))))
				.as(a.id() + " before " + b.id())
				.isTrue();
		}
		assertThat(findings).extracting(FindingResult::id).startsWith("finding.no-kpi", "finding.no-company-strategy");
	}

	@Test
	void sameAnswersGiveTheSameResultEveryTime() {
		Answers a = answers("company.owners", "single", "marketing.responsible", "nobody", "kpi.defined", false,
				"owner.activities", List.of("edits-texts-designs", "approves-every-publication"));
		Evaluation first = ruleSet.evaluate(a);
		for (int i = 0; i < 20; i++) {
			Evaluation again = ruleSet.evaluate(a);
			assertThat(again.findings()).isEqualTo(first.findings());
			assertThat(again.recommendations()).isEqualTo(first.recommendations());
		}
	}

	@Test
	void pooledSessionsDoNotLeakFactsBetweenEvaluations() {
		ruleSet.evaluate(answers("kpi.defined", false));
		Evaluation clean = ruleSet.evaluate(answers("kpi.defined", true));
		assertThat(clean.hasFinding("finding.no-kpi")).isFalse();
		assertThat(clean.findings()).isEmpty();
	}

	@Test
	void versionIsAContentHashOfRulesAndKnowledgeBase() {
		List<SourceFile> rules = TestContent.ruleFiles();
		List<SourceFile> kb = TestContent.knowledgeBaseFiles();
		String version = RuleSetLoader.version(rules, kb);
		assertThat(version).isEqualTo(ruleSet.version()).hasSize(16);
		assertThat(RuleSetLoader.version(rules, kb)).isEqualTo(version);
		List<SourceFile> changed = TestContent.replace(rules, OWNER_RULES,
				TestContent.text(rules, OWNER_RULES) + "\n// a comment\n");
		assertThat(RuleSetLoader.version(changed, kb)).isNotEqualTo(version);
	}

	@Test
	void brokenRuleFailsWithFileLineAndColumn() {
		List<SourceFile> rules = TestContent
			.replace(TestContent.ruleFiles(), OWNER_RULES, TestContent.text(TestContent.ruleFiles(), OWNER_RULES)
					+ "\nrule \"broken\"\nwhen\n    Answer(question == \"kpi.defined\" value == \"no\")\nthen\nend\n");
		assertThatThrownBy(() -> RuleSetLoader.build(rules, TestContent.knowledgeBaseFiles(), 1))
			.isInstanceOf(RuleSetException.class)
			.hasMessageMatching("(?s).*rules/findings/owner-role\\.drl:\\d+:\\d+: .*");
	}

	@Test
	void ruleNamingAnUnknownQuestionIsRefused() {
		List<SourceFile> rules = TestContent.replace(TestContent.ruleFiles(), OWNER_RULES,
				TestContent.text(TestContent.ruleFiles(), OWNER_RULES)
					.replace("\"owner.crowded-out\"", "\"owner.crowdedout\""));
		assertThatThrownBy(() -> RuleSetLoader.build(rules, TestContent.knowledgeBaseFiles(), 1))
			.isInstanceOf(RuleSetException.class)
			.hasMessageContaining("unknown question ‘owner.crowdedout’");
	}

	@Test
	void ruleNamingAnUnknownOptionOrFindingIsRefused() {
		String text = TestContent.text(TestContent.ruleFiles(), OWNER_RULES)
			.replace("value == \"month\"", "value == \"week\"")
			.replace("new Finding(\"finding.micromanagement\")", "new Finding(\"finding.micro-management\")");
		List<SourceFile> rules = TestContent.replace(TestContent.ruleFiles(), OWNER_RULES, text);
		assertThatThrownBy(() -> RuleSetLoader.build(rules, TestContent.knowledgeBaseFiles(), 1))
			.isInstanceOf(RuleSetException.class)
			.hasMessageContaining("question ‘owner.results-horizon’ has no answer value ‘week’")
			.hasMessageContaining("unknown finding ‘finding.micro-management’");
	}

	@Test
	void loopingRuleIsStoppedInsteadOfHanging() {
		String looping = """
				package rules;
				import org.marketingadvisor.engine.Answer;
				import org.marketingadvisor.engine.Finding;
				rule "loops: adds"
				when
				    Answer(question == "kpi.defined")
				    not Finding(id == "finding.no-kpi")
				then
				    insert(new Finding("finding.no-kpi"));
				end
				rule "loops: removes"
				when
				    $f : Finding(id == "finding.no-kpi")
				then
				    delete($f);
				end
				""";
		List<SourceFile> rules = new java.util.ArrayList<>(TestContent.ruleFiles());
		rules.add(new SourceFile("zz-loop.drl", looping.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		RuleSet loopingSet = RuleSetLoader.build(rules, TestContent.knowledgeBaseFiles(), 1);
		assertThatThrownBy(() -> loopingSet.evaluate(answers("kpi.defined", true)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("a rule loops");
	}

	@Test
	void adviceIsNeverMoreUrgentThanTheFindingItFollowsFrom() {
		String softened = """
				package rules.test;
				import org.marketingadvisor.engine.Answer;
				import org.marketingadvisor.engine.Finding;
				import org.marketingadvisor.engine.Recommendation;
				rule "test: co-owners diagnosed at %1$s"
				when
				    Answer(question == "company.owners", value == "partners-active")
				then
				    insertLogical(new Finding("finding.owner-bottleneck", "%1$s"));
				end
				rule "test: critical advice on that finding"
				when
				    Finding(id == "finding.owner-bottleneck")
				then
				    insertLogical(new Recommendation("rec.appoint-responsible"));
				end
				""";
		for (String severity : List.of("medium", "critical")) {
			List<SourceFile> rules = new java.util.ArrayList<>(TestContent.ruleFiles());
			rules.add(new SourceFile("zz-cap.drl",
					softened.formatted(severity).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			RuleSet set = RuleSetLoader.build(rules, TestContent.knowledgeBaseFiles(), 1);
			var advice = set.evaluate(answers("company.owners", "partners-active"))
				.recommendations()
				.stream()
				.filter(r -> r.id().equals("rec.appoint-responsible"))
				.findFirst()
				.orElseThrow();
			// critical in the knowledge base; a medium finding lets it be medium at most
			assertThat(advice.priority().code()).as(severity).isEqualTo(severity);
		}
	}

}
