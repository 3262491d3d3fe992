package org.marketingadvisor.lint;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.RuleSetVersions;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.lint.RuleLinter.Issue;
import org.marketingadvisor.lint.RuleLinter.Report;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule linter: the shipped rule set has no errors; on small crafted changes of it the
 * linter catches each kind of problem it knows.
 */
class RuleLinterTests {

	private static final Content SHIPPED = Content.read(TestContent.RULES, TestContent.KNOWLEDGE_BASE);

	private static final String PROBE = "rules/findings/probe.drl";

	private static final String HEADER = """
			package rules.findings;

			import org.marketingadvisor.engine.Answer;
			import org.marketingadvisor.engine.Finding;

			""";

	private static Report lint(Content content) {
		RuleSet ruleSet = content.build(1);
		return RuleLinter.lint(ruleSet, content, 400, 1);
	}

	private static KnowledgeBase kb() {
		return TestContent.ruleSet().knowledgeBase();
	}

	@Test
	void theShippedRuleSetHasNoErrors() {
		Report report = RuleLinter.lint(TestContent.ruleSet(), SHIPPED, RuleLinter.SAMPLE_SIZE, 1);
		assertThat(report.errors()).isEmpty();
		assertThat(report.sampleSize()).isEqualTo(RuleLinter.SAMPLE_SIZE);
		System.out.printf("Shipped rule set: %d lint errors, %d warnings on %d sampled answer sets%n",
				report.errors().size(), report.warnings().size(), report.sampleSize());
		report.warnings().forEach(w -> System.out.println("  warning " + w));
	}

	@Test
	void aNumberOutsideTheQuestionsRangeCanNeverFire() {
		Question scale = kb().questions()
			.stream()
			.filter(q -> q.type() == QuestionType.SCALE && q.max() != null)
			.findFirst()
			.orElseThrow();
		Content content = SHIPPED.with(PROBE, HEADER + """
				rule "Probe: beyond the scale"
				when
				    Answer(question == "%s", number > %d)
				then
				    insertLogical(new Finding("finding.owner-bottleneck"));
				end
				""".formatted(scale.id(), scale.max().intValue()));
		assertThat(lint(content).errors()).singleElement()
			.satisfies(e -> assertThat(e.toString())
				.startsWith(PROBE + ":6: rule ‘Probe: beyond the scale’ can never fire")
				.contains("takes numbers from"));
	}

	@Test
	void aConditionOnAQuestionTheRuleItselfHidesCanNeverFire() {
		Question hidden = kb().questions()
			.stream()
			.filter(q -> q.condition() != null && q.condition().anyOf() != null
					&& kb().question(q.condition().question()).orElseThrow().type() == QuestionType.SINGLE)
			.findFirst()
			.orElseThrow();
		Question parent = kb().question(hidden.condition().question()).orElseThrow();
		String hiding = parent.options()
			.stream()
			.map(o -> o.id())
			.filter(id -> !hidden.condition().anyOf().contains(id))
			.findFirst()
			.orElseThrow();
		Content content = SHIPPED.with(PROBE, HEADER + """
				rule "Probe: hidden"
				when
				    Answer(question == "%s", value == "%s")
				    Answer(question == "%s")
				then
				    insertLogical(new Finding("finding.owner-bottleneck"));
				end
				""".formatted(parent.id(), hiding, hidden.id()));
		assertThat(lint(content).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("can never fire")
				.contains("‘" + hidden.id() + "’, which is hidden when ‘" + parent.id() + "’ is " + hiding));
	}

	@Test
	void aDuplicateAndASubsumedRuleAreWarnedAbout() {
		String hiring = SHIPPED.files().get("rules/findings/hiring.drl");
		String first = hiring.substring(hiring.indexOf("rule \""),
				hiring.indexOf("end", hiring.indexOf("rule \"")) + 3);
		String copy = first.replaceFirst("rule \"[^\"]+\"", "rule \"Probe: copy\"");
		String narrower = first.replaceFirst("rule \"[^\"]+\"", "rule \"Probe: narrower\"")
			.replace("then", "    Answer(question == \"hiring.methods\", value == \"referral\")\nthen");
		Report report = lint(SHIPPED.with(PROBE, HEADER + copy + "\n\n" + narrower + "\n"));
		assertThat(report.errors()).isEmpty();
		assertThat(report.warnings()).extracting(Issue::message)
			.anyMatch(m -> m.startsWith("rule ‘Probe: copy’ duplicates rule"))
			.anyMatch(m -> m.startsWith("rule ‘Probe: narrower’ is subsumed by rule"));
	}

	@Test
	void contentNoRuleProducesAndHeuristicsWithoutARuleAreWarnedAbout() {
		String hiring = SHIPPED.files().get("rules/findings/hiring.drl");
		Content without = SHIPPED.with("rules/findings/hiring.drl", hiring.substring(0, hiring.indexOf("rule \"")));
		Report report = lint(without);
		assertThat(report.warnings()).extracting(Issue::message)
			.contains("finding ‘finding.no-marketer-profile’ is produced by no rule")
			.anyMatch(m -> m.startsWith("diagnosable heuristic ‘h.")
					&& m.endsWith("has no rule: no produced finding rests on it"));
	}

	@Test
	void aRuleThatNeverFiresInTheSampleIsWarnedAboutWithTheSampleSize() {
		Question single = kb().questions()
			.stream()
			.filter(q -> q.type() == QuestionType.SINGLE && q.condition() == null && q.options().size() >= 2)
			.findFirst()
			.orElseThrow();
		Content content = SHIPPED.with(PROBE, HEADER + """
				rule "Probe: two answers to one single-choice question"
				when
				    Answer(question == "%1$s", value == "%2$s")
				    Answer(question == "%1$s", value == "%3$s")
				then
				    insertLogical(new Finding("finding.owner-bottleneck"));
				end
				""".formatted(single.id(), single.options().get(0).id(), single.options().get(1).id()));
		Report report = lint(content);
		assertThat(report.warnings()).extracting(Issue::toString)
			.contains(PROBE + ":6: rule ‘Probe: two answers to one single-choice question’ fired in none of "
					+ report.sampleSize() + " sampled answer sets");
		assertThat(report.sampleSize()).isEqualTo(400);
	}

	@Test
	void conflictingRecommendationsThatComeOutTogetherAreWarnedAboutWithAnExample() {
		Evaluation solo = TestContent.ruleSet()
			.evaluate(TestContent.companyAnswers(kb(), "solo-owner-does-everything"));
		List<String> recs = solo.recommendations().stream().map(Evaluation.RecommendationResult::id).sorted().toList();
		String a = recs.get(0);
		String b = recs.get(1);
		String yaml = SHIPPED.files().get("knowledge-base/recommendations.yaml");
		Content content = SHIPPED.with("knowledge-base/recommendations.yaml",
				yaml.replace("  - id: " + a + "\n", "  - id: " + a + "\n    conflicts: [" + b + "]\n"));
		Report report = lint(content);
		assertThat(report.warnings()).extracting(Issue::message)
			.anyMatch(m -> m.startsWith("recommendations declared as conflicting came out together (" + a + " + " + b
					+ "), for example with the answers {"));
	}

	@Test
	void referencesToQuestionsFindingsAndRecommendationsThatDoNotExistAreErrorsOfTheGate() {
		Content content = SHIPPED.with(PROBE, HEADER + """
				rule "Probe: unknown ids"
				when
				    Answer(question == "owner.favourite-colour", value == "blue")
				then
				    insertLogical(new Finding("finding.no-such-thing"));
				end
				""");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> content.build(1))
			.satisfies(ex -> assertThat(Problem.english(org.marketingadvisor.ruleset.Problems.of(ex)))
				.anyMatch(p -> p.startsWith(PROBE + ":") && p.contains("unknown question ‘owner.favourite-colour’"))
				.anyMatch(p -> p.contains("unknown finding ‘finding.no-such-thing’")));
	}

	@Test
	void sampledAnswerSetsAreValidAndVaried() {
		var samples = AnswerSampler.sample(kb(), 200, 3);
		assertThat(samples).hasSize(200);
		assertThat(samples.stream().map(AnswerSampler.Sample::json).distinct().count()).isEqualTo(200);
		assertThat(Path.of("rules")).isDirectory();
	}

}
