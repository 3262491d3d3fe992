package org.marketingadvisor.editor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.editor.GuidedRule.Cond;
import org.marketingadvisor.editor.GuidedRule.Conclusion;
import org.marketingadvisor.editor.GuidedRule.Group;
import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.DrlSentences;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.engine.RuleSentence;
import org.marketingadvisor.engine.RuleWords;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.SourceFile;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules as sentences: a guided rule reads in ru, uk and en with the knowledge base's own
 * texts (question texts, option labels, titles) and the bundles' words for operators,
 * numbers, negation, several conditions and the two kinds of conclusion; the same rule
 * read back from its DRL reads the same; every shipped rule reads without an id.
 */
class RuleSentenceTests {

	private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

	static {
		BUNDLES.setBasename("messages");
		BUNDLES.setDefaultEncoding("UTF-8");
		BUNDLES.setFallbackToSystemLocale(false);
	}

	private static KnowledgeBase kb() {
		return TestContent.ruleSet().knowledgeBase();
	}

	static String words(Problem p, Lang lang) {
		return BUNDLES.getMessage(p, lang.locale());
	}

	private static String say(GuidedRule rule, Lang lang) {
		return words(RuleWords.sentence(rule.sentence(), kb()), lang);
	}

	private static String q(String id, Lang lang) {
		return kb().question(id).orElseThrow().text().get(lang);
	}

	private static String option(String question, String option, Lang lang) {
		return kb().question(question).orElseThrow().option(option).orElseThrow().label().get(lang);
	}

	private static String finding(String id, Lang lang) {
		return kb().finding(id).orElseThrow().title().get(lang);
	}

	private static String recommendation(String id, Lang lang) {
		return kb().recommendation(id).orElseThrow().title().get(lang);
	}

	private static Cond answer(String question, String op, String... values) {
		return new Cond(question, null, op, List.of(values), null, null);
	}

	private static Cond number(String question, String op, Double from, Double to) {
		return new Cond(question, null, op, List.of(), from, to);
	}

	private static GuidedRule all(Conclusion then, Cond... conds) {
		return new GuidedRule("Test rule", List.of(new Group("all", false, List.of(conds))), then);
	}

	private static final Conclusion BOTTLENECK = new Conclusion("finding", "finding.owner-bottleneck");

	private static final Conclusion TEST_TASK = new Conclusion("recommendation", "rec.select-with-test-task");

	@Test
	void aChoiceAndANumberReadAsOneSentenceInEachLanguageWithTheFindingAndItsSeverity() {
		GuidedRule rule = all(BOTTLENECK, answer("company.owners", "any-of", "single", "partners-passive"),
				number("owner.marketing-hours", "gt", 15.0, null));
		assertThat(say(rule, Lang.RU)).isEqualTo("Если на вопрос «" + q("company.owners", Lang.RU)
				+ "» ответ — один из: «" + option("company.owners", "single", Lang.RU) + "», «"
				+ option("company.owners", "partners-passive", Lang.RU) + "» и на вопрос «"
				+ q("owner.marketing-hours", Lang.RU) + "» ответ больше 15, то: вывод «"
				+ finding("finding.owner-bottleneck", Lang.RU) + "», важность критическая");
		assertThat(say(rule, Lang.UK)).isEqualTo("Якщо на питання «" + q("company.owners", Lang.UK)
				+ "» відповідь — одна з: «" + option("company.owners", "single", Lang.UK) + "», «"
				+ option("company.owners", "partners-passive", Lang.UK) + "» і на питання «"
				+ q("owner.marketing-hours", Lang.UK) + "» відповідь більше за 15, то: висновок «"
				+ finding("finding.owner-bottleneck", Lang.UK) + "», важливість критична");
		assertThat(say(rule, Lang.EN)).isEqualTo("If the answer to “" + q("company.owners", Lang.EN) + "” is one of: “"
				+ option("company.owners", "single", Lang.EN) + "”, “"
				+ option("company.owners", "partners-passive", Lang.EN) + "” and the answer to “"
				+ q("owner.marketing-hours", Lang.EN) + "” is more than 15, then: finding “"
				+ finding("finding.owner-bottleneck", Lang.EN) + "”, critical");
	}

	@Test
	void everyNumberOperatorReadsInWordsWithNumbersInTheLanguagesOwnFormat() {
		String question = "owner.marketing-hours";
		assertThat(say(all(BOTTLENECK, number(question, "eq", 10.0, null)), Lang.RU)).contains("ответ 10,");
		assertThat(say(all(BOTTLENECK, number(question, "lt", 2.5, null)), Lang.RU)).contains("ответ меньше 2,5,");
		assertThat(say(all(BOTTLENECK, number(question, "lt", 2.5, null)), Lang.EN)).contains("is less than 2.5,");
		assertThat(say(all(BOTTLENECK, number(question, "between", 5.0, 20.0)), Lang.UK))
			.contains("відповідь від 5 до 20,");
		assertThat(say(all(BOTTLENECK, number(question, "between", 5.0, 20.0)), Lang.EN)).contains("is from 5 to 20,");
		assertThat(say(all(BOTTLENECK, answer(question, "answered")), Lang.RU))
			.startsWith("Если на вопрос «" + q(question, Lang.RU) + "» есть ответ, то:");
		assertThat(say(all(BOTTLENECK, answer(question, "not-answered")), Lang.EN))
			.startsWith("If “" + q(question, Lang.EN) + "” is not answered, then:");
	}

	@Test
	void yesNoAndMultipleChoiceQuestionsReadAsTheyAreAnswered() {
		assertThat(say(all(BOTTLENECK, answer("budget.cut-first", "is", "yes")), Lang.RU))
			.startsWith("Если на вопрос «" + q("budget.cut-first", Lang.RU) + "» ответ «Да», то:");
		assertThat(say(all(BOTTLENECK, answer("budget.cut-first", "is-not", "no")), Lang.EN))
			.startsWith("If the answer to “" + q("budget.cut-first", Lang.EN) + "” is not “No”, then:");
		String ads = option("owner.activities", "runs-ads-analytics", Lang.RU);
		assertThat(say(all(BOTTLENECK, answer("owner.activities", "is", "runs-ads-analytics")), Lang.RU))
			.startsWith("Если среди ответов на вопрос «" + q("owner.activities", Lang.RU) + "» есть «" + ads + "»");
		assertThat(
				say(all(BOTTLENECK, answer("owner.activities", "none-of", "runs-ads-analytics", "manages-contractors")),
						Lang.EN))
			.startsWith("If “" + q("owner.activities", Lang.EN) + "” is answered, but with none of: “"
					+ option("owner.activities", "runs-ads-analytics", Lang.EN) + "”, “"
					+ option("owner.activities", "manages-contractors", Lang.EN) + "”, then:");
	}

	@Test
	void negatedAndAlternativeGroupsAndFindingsReadWithTheirSense() {
		GuidedRule rule = new GuidedRule(
				"Test rule", List.of(
						new Group("all", false,
								List.of(new Cond(null, "finding.no-marketer-profile", "present", List.of(), null,
										null))),
						new Group("any", true,
								List.of(answer("hiring.methods", "any-of", "referral"),
										new Cond(null, "finding.high-turnover", "absent", List.of(), null, null)))),
				TEST_TASK);
		assertThat(say(rule, Lang.RU)).isEqualTo("Если обнаружен вывод «"
				+ finding("finding.no-marketer-profile", Lang.RU) + "» и неверно, что (среди ответов на вопрос «"
				+ q("hiring.methods", Lang.RU) + "» есть хотя бы один из: «"
				+ option("hiring.methods", "referral", Lang.RU) + "» или не обнаружен вывод «"
				+ finding("finding.high-turnover", Lang.RU) + "»), то: рекомендация «"
				+ recommendation("rec.select-with-test-task", Lang.RU) + "», важность высокая");
		assertThat(say(rule, Lang.EN)).contains(" and it is not so that (")
			.endsWith("then: recommendation “" + recommendation("rec.select-with-test-task", Lang.EN)
					+ "”, high priority");
		// a negated group of one condition is that condition negated
		GuidedRule single = new GuidedRule("Test rule",
				List.of(new Group("all", true, List.of(answer("hiring.methods", "is", "referral")))), TEST_TASK);
		assertThat(say(single, Lang.UK)).startsWith("Якщо серед відповідей на питання «" + q("hiring.methods", Lang.UK)
				+ "» немає «" + option("hiring.methods", "referral", Lang.UK) + "», то:");
	}

	@Test
	void aGuidedRuleReadBackFromItsDrlHasTheSameParts() {
		List<GuidedRule> rules = List.of(
				all(BOTTLENECK, answer("company.owners", "is-not", "single"),
						number("owner.marketing-hours", "between", 5.0, 20.0)),
				all(TEST_TASK, answer("hiring.methods", "none-of", "referral", "test-task"),
						new Cond(null, "finding.no-marketer-profile", "absent", List.of(), null, null)),
				new GuidedRule(
						"Test rule", List.of(
								new Group("any", true,
										List.of(answer("company.owners", "is-not", "single"),
												answer("budget.cut-first", "answered"))),
								new Group("all", false, List.of(number("company.employees", "lt", 50.0, null)))),
						TEST_TASK));
		for (GuidedRule rule : rules) {
			String drl = """
					package rules.recommendations;

					import org.marketingadvisor.engine.Answer;
					import org.marketingadvisor.engine.Finding;
					import org.marketingadvisor.engine.Recommendation;

					""" + rule.drl();
			RuleSafety.Checked read = RuleSafety.read(List.of(new SourceFile("recommendations/guided.drl",
					drl.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
			assertThat(read.problems()).isEmpty();
			assertThat(DrlSentences.of(read.rules().get(0))).isEqualTo(rule.sentence());
		}
	}

	@Test
	void anOperatorWithoutWordsSaysLessRatherThanARawKey() {
		GuidedRule rule = all(BOTTLENECK, answer("budget.cut-first", "sounds-like", "yes"));
		assertThat(say(rule, Lang.RU)).startsWith("Если выполнено условие, записанное на DRL, то: вывод «");
		assertThat(say(rule, Lang.EN)).startsWith("If a condition written in DRL holds, then: finding “");
	}

	/**
	 * Ids look like {@code finding.x}, {@code rec.x} or {@code a-b}: none in any
	 * sentence.
	 */
	private static final Pattern ID = Pattern.compile("\\b(finding|rec|h)\\.[a-z-]+|\\b[a-z]+-[a-z]+(-[a-z]+)*\\b");

	@Test
	void everyShippedRuleReadsAsASentenceWithoutAnIdInEachLanguage() {
		KnowledgeBase kb = kb();
		List<DrlRule> rules = RuleSafety.read(TestContent.ruleFiles()).rules();
		assertThat(rules).hasSizeGreaterThan(100);
		for (DrlRule rule : rules) {
			RuleSentence parts = DrlSentences.of(rule);
			assertThat(parts.readable()).as(rule.name()).isTrue();
			for (Lang lang : Lang.values()) {
				String said = words(RuleWords.sentence(parts, kb), lang);
				if (Boolean.getBoolean("sentences.print")) {
					System.out.println("SENTENCE " + lang + " " + said);
				}
				assertThat(ID.matcher(said.replaceAll("«[^»]*»|“[^”]*”", "")).find()).as(said).isFalse();
				assertThat(said).doesNotContain("{");
				if (lang != Lang.EN) {
					assertThat(said).doesNotContain(rule.name());
					assertThat(said.toLowerCase(Locale.ROOT)).as(said).startsWith(lang == Lang.RU ? "если" : "якщо");
				}
			}
		}
	}

}
