package org.marketingadvisor.editor;

import org.marketingadvisor.ruleset.Content;

import java.util.List;
import java.util.Map;

import org.marketingadvisor.web.FormError;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.editor.GuidedRule.Cond;
import org.marketingadvisor.editor.GuidedRule.Conclusion;
import org.marketingadvisor.editor.GuidedRule.Group;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleSetLoader;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guided rules: the DRL they generate is readable, passes the safety check, compiles, and
 * fires exactly when the form says; the form's description survives the round trip
 * through the DRL; what does not fit the questionnaire is refused with the place.
 */
class GuidedRuleTests {

	private static final Content SHIPPED = Content.read(TestContent.RULES, TestContent.KNOWLEDGE_BASE);

	private static final String FILE = "rules/recommendations/guided.drl";

	private static final String HEADER = """
			package rules.recommendations;

			import org.marketingadvisor.engine.Answer;
			import org.marketingadvisor.engine.Finding;
			import org.marketingadvisor.engine.Recommendation;

			""";

	private static KnowledgeBase kb() {
		return TestContent.ruleSet().knowledgeBase();
	}

	private static Evaluation evaluate(RuleSet ruleSet, Map<String, Object> answers) {
		var valid = new AnswerValidator(ruleSet.knowledgeBase(), Lang.EN)
			.validate(JsonMapper.builder().build().valueToTree(answers));
		assertThat(valid.errors()).isEmpty();
		return ruleSet.evaluate(valid.answers());
	}

	private static Map<String, Object> wellRun() {
		return TestContent.scenarioAnswers("well-run-company");
	}

	@Test
	void aRuleOnAnAnswerAndAFindingGeneratesReadableDrlThatFiresExactlyWhenItShould() {
		GuidedRule rule = new GuidedRule("Guided: no profile and referral hiring", List.of(new Group("all", false,
				List.of(new Cond(null, "finding.no-marketer-profile", "present", null, null, null),
						new Cond("hiring.methods", null, "any-of", List.of("referral", "gut-feeling"), null, null)))),
				new Conclusion("recommendation", "rec.select-with-test-task"));
		assertThat(rule.problems(kb())).isEmpty();
		String drl = rule.drl();
		assertThat(drl).contains("""
				rule "Guided: no profile and referral hiring"
				when
				    Finding(id == "finding.no-marketer-profile")
				    Answer(question == "hiring.methods", value in ("referral", "gut-feeling"))
				then
				    insertLogical(new Recommendation("rec.select-with-test-task"));
				end
				""");
		RuleSet ruleSet = RuleSetLoader.build(SHIPPED.with(FILE, HEADER + drl).ruleFiles(),
				SHIPPED.knowledgeBaseFiles(), 1);

		Map<String, Object> answers = new java.util.LinkedHashMap<>(wellRun());
		assertThat(evaluate(ruleSet, answers).firedRules()).doesNotContain(rule.name());
		answers.put("hiring.profile", false);
		answers.put("hiring.methods", List.of("referral"));
		Evaluation fired = evaluate(ruleSet, answers);
		assertThat(fired.firedRules()).contains(rule.name());
		assertThat(fired.recommendations()).filteredOn(r -> r.id().equals("rec.select-with-test-task"))
			.singleElement()
			.satisfies(r -> assertThat(r.rules()).contains(rule.name()));
	}

	@Test
	void orAndNotGroupsCompileAndBehave() {
		var scale = kb().questions()
			.stream()
			.filter(q -> q.type() == org.marketingadvisor.knowledge.QuestionType.SCALE)
			.findFirst()
			.orElseThrow();
		GuidedRule rule = new GuidedRule(
				"Guided: groups", List.of(
						new Group("any", false,
								List.of(new Cond(scale.id(), null, "between", null, scale.min(), scale.min()),
										new Cond("hiring.profile", null, "is", List.of("no"), null, null))),
						new Group("all", true,
								List.of(new Cond("hiring.methods", null, "any-of", List.of("test-task"), null, null)))),
				new Conclusion("finding", "finding.no-test-task"));
		assertThat(rule.problems(kb())).isEmpty();
		assertThat(rule.drl()).contains("    (\n        Answer(question == \"" + scale.id() + "\", number >= ")
			.contains("        or Answer(question == \"hiring.profile\", value == \"no\")\n    )\n")
			.contains("    not (\n        Answer(question == \"hiring.methods\", value in (\"test-task\"))\n    )\n");
		RuleSet ruleSet = RuleSetLoader
			.build(SHIPPED.with("rules/findings/guided.drl", HEADER.replace("recommendations", "findings") + rule.drl())
				.ruleFiles(), SHIPPED.knowledgeBaseFiles(), 1);
		Map<String, Object> answers = new java.util.LinkedHashMap<>(wellRun());
		answers.put("hiring.profile", false);
		answers.put("hiring.methods", List.of("referral"));
		assertThat(evaluate(ruleSet, answers).firedRules()).contains(rule.name());
		answers.put("hiring.methods", List.of("test-task"));
		assertThat(evaluate(ruleSet, answers).firedRules()).doesNotContain(rule.name());
	}

	@Test
	void theFormsDescriptionTravelsWithTheDrl() {
		GuidedRule rule = new GuidedRule("Guided: round trip",
				List.of(new Group("all", false,
						List.of(new Cond("hiring.profile", null, "is", List.of("no"), null, null)))),
				new Conclusion("finding", "finding.no-marketer-profile"));
		String marker = rule.drl().lines().findFirst().orElseThrow();
		assertThat(GuidedRule.fromMarker(marker)).contains(rule);
	}

	@Test
	void whatDoesNotFitTheQuestionnaireIsRefusedWithThePlace() {
		GuidedRule rule = new GuidedRule("",
				List.of(new Group("all", false,
						List.of(new Cond("no.such.question", null, "is", List.of("x"), null, null),
								new Cond("hiring.profile", null, "gt", null, 3.0, null),
								new Cond("hiring.methods", null, "any-of", List.of("telepathy"), null, null)))),
				new Conclusion("recommendation", "rec.nothing-like-this"));
		assertThat(rule.problems(kb())).containsExactly(FormError.of("guided.error.name"),
				FormError.of("guided.at", "1.1", FormError.of("guided.error.question")),
				FormError.of("guided.at", "1.2", FormError.of("guided.error.operator")),
				FormError.of("guided.at", "1.3", FormError.of("guided.error.value")),
				FormError.of("guided.error.conclusion-unknown"));
	}

}
