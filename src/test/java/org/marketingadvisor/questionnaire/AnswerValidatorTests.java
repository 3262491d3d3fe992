package org.marketingadvisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnswerValidatorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KnowledgeBase kb = TestContent.ruleSet().knowledgeBase();

	private AnswerValidator.Result validate(String answers) {
		JsonNode node = JSON.readTree("{" + answers + "}");
		return new AnswerValidator(kb, Lang.EN).validate(node);
	}

	private List<String> codesOf(String question, String answers) {
		return validate(answers).errors()
			.stream()
			.filter(e -> e.field().equals(question))
			.map(AnswerError::code)
			.toList();
	}

	@Test
	void exclusiveOptionCannotBeCombined() {
		assertThat(codesOf("owner.activities", "\"owner.activities\": [\"none\", \"sets-goals\"]"))
			.containsExactly("error.answer.exclusive");
	}

	@Test
	void optionChosenTwiceIsReported() {
		assertThat(codesOf("owner.activities", "\"owner.activities\": [\"sets-goals\", \"sets-goals\"]"))
			.containsExactly("error.answer.duplicate");
	}

	@Test
	void emptyMultipleChoiceAsksForAtLeastOneOption() {
		assertThat(codesOf("owner.activities", "\"owner.activities\": []")).containsExactly("error.answer.empty");
	}

	@Test
	void scaleTakesWholeNumbersWithinItsRange() {
		assertThat(codesOf("company.competition", "\"company.competition\": 2.5"))
			.containsExactly("error.answer.scale");
		assertThat(codesOf("company.competition", "\"company.competition\": 0")).containsExactly("error.answer.scale");
		assertThat(codesOf("company.competition", "\"company.competition\": 5")).isEmpty();
	}

	@Test
	void numberBelowMinimumIsReported() {
		assertThat(codesOf("company.employees", "\"company.employees\": 0")).containsExactly("error.answer.range");
	}

	@Test
	void singleChoiceNeedsAString() {
		assertThat(codesOf("company.owners", "\"company.owners\": [\"single\"]"))
			.containsExactly("error.answer.single");
	}

	@Test
	void childOfAnInvalidAnswerIsNotJudged() {
		// kpi.defined is invalid, so whether kpi.metrics may be answered is unknown: only
		// one error
		var result = validate("\"kpi.defined\": \"maybe\", \"kpi.metrics\": [\"leads\"]");
		assertThat(result.errors().stream().map(AnswerError::field)).contains("kpi.defined")
			.doesNotContain("kpi.metrics");
	}

	@Test
	void questionsUnderAHiddenQuestionAreHiddenToo() {
		// motivation.kept depends on motivation.agreed, which depends on team.size >= 1
		assertThat(codesOf("motivation.kept", "\"team.size\": 0, \"motivation.kept\": \"kept\""))
			.containsExactly("error.answer.hidden");
	}

	@Test
	void nullMeansNotAnswered() {
		assertThat(codesOf("kpi.defined", "\"kpi.defined\": null")).containsExactly("error.answer.required");
	}

	@Test
	void validAnswersAreConvertedInQuestionnaireOrder() {
		var result = new AnswerValidator(kb, Lang.EN).validate(JSON.readTree(TestAnswers.wellRunCompanyJson()));
		assertThat(result.errors()).isEmpty();
		assertThat(result.answers().get("owner.activities"))
			.isEqualTo(new AnswerValue.Choices(List.of("sets-goals", "approves-budget")));
		assertThat(result.answers().values().keySet()).first().isEqualTo("company.employees");
	}

}
