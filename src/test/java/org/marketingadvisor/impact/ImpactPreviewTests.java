package org.marketingadvisor.impact;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.lint.AnswerSampler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marketingadvisor.TestDatabase;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The impact preview on generated, stored assessments: the counts it reports are the ones
 * an independent evaluation of each assessment with both versions gives; nothing stored
 * changes; a draft that does not build says so; the page shows progress, then the result.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactPreviewTests {

	private static final String OWNER_ROLE = "rules/findings/owner-role.drl";

	private static final int ASSESSMENTS = 300;

	@Autowired
	ImpactPreview preview;

	@Autowired
	RuleSetVersions versions;

	@Autowired
	VersionStore store;

	@Autowired
	RuleEngine engine;

	@Autowired
	AssessmentService assessments;

	@Autowired
	MockMvc mvc;

	private List<JsonNode> stored;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void storeGeneratedAssessments() {
		// the common context's database: exactly these assessments, and none left behind
		TestDatabase.clearAssessments(jdbc);
		stored = AnswerSampler.sample(engine.knowledgeBase(), ASSESSMENTS, 42)
			.stream()
			.map(AnswerSampler.Sample::node)
			.toList();
		for (JsonNode answers : stored) {
			var valid = new AnswerValidator(engine.knowledgeBase(), Lang.RU).validate(answers);
			assessments.submitNew(Lang.RU, "Generated", answers, valid.answers(), engine.current());
		}
	}

	@AfterAll
	void removeGeneratedAssessments() {
		TestDatabase.clearAssessments(jdbc);
	}

	@Test
	void theCountsAreThoseOfAnIndependentEvaluationWithBothVersions() throws Exception {
		UUID draftId = versions.newDraft("without owner-role findings");
		versions.saveDraftFile(draftId, OWNER_ROLE, "package rules.findings;\n");
		Content content = store.content(draftId);
		RuleSet draft = content.build(1);

		Map<String, Integer> expectedGone = new TreeMap<>();
		int expectedChanged = 0;
		for (JsonNode answers : stored) {
			var valid = new AnswerValidator(engine.knowledgeBase(), Lang.RU).validate(answers).answers();
			List<String> before = ids(engine.current().evaluate(valid));
			List<String> after = ids(draft.evaluate(valid));
			List<String> gone = new ArrayList<>(before);
			gone.removeAll(after);
			gone.forEach(id -> expectedGone.merge(id, 1, Integer::sum));
			expectedChanged += before.equals(after) ? 0 : 1;
		}
		assertThat(expectedChanged).as("the draft changes some generated reports, not all")
			.isBetween(1, ASSESSMENTS - 1);

		ImpactJob job = preview.start(draftId);
		await(job);

		ImpactPreview.Report report = job.report();
		assertThat(report.total()).isEqualTo(ASSESSMENTS);
		assertThat(job.done()).isEqualTo(ASSESSMENTS);
		assertThat(report.unfit()).isZero();
		assertThat(report.recommendationsDisappear()).isEqualTo(sortedByCount(expectedGone));
		assertThat(report.recommendationsAppear()).isEmpty();
		assertThat(report.findingsDisappear()).containsKey("finding.owner-bottleneck");
		assertThat(report.changes()).allMatch(c -> !c.lostFindings().isEmpty());
		assertThat(report.changed()).isGreaterThanOrEqualTo(expectedChanged);
		assertThat(versions.liveNumber()).as("a preview publishes nothing").isEqualTo(store.liveNumber());

		Document page = Jsoup.parse(mvc
			.perform(
					get("/consultant/rules/impact/" + job.id()).param("lang", "en").with(user("c").roles("CONSULTANT")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#impact-summary").text())
			.startsWith(report.changed() + " of " + ASSESSMENTS + " reports would change");
		assertThat(page.select("meta[http-equiv=refresh]")).as("no refresh once done").isEmpty();
		assertThat(page.select(".impact-table tbody tr")).hasSize(Math.min(report.changed(), ImpactPages.LISTED));
		versions.discard(draftId);
	}

	@Test
	void aDraftThatDoesNotBuildSaysSoAndThePreviewStartsFromTheDraftPage() throws Exception {
		UUID draftId = versions.newDraft("broken");
		versions.saveDraftFile(draftId, OWNER_ROLE, "package rules.findings;\nrule \"x\" when then");
		String location = mvc
			.perform(post("/consultant/rules/drafts/" + draftId + "/impact").with(user("c").roles("CONSULTANT"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ImpactJob job = preview.job(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
		await(job);
		assertThat(job.report()).isNull();
		assertThat(Problem.english(job.problems())).anyMatch(p -> p.startsWith(OWNER_ROLE));
		versions.discard(draftId);
	}

	private static void await(ImpactJob job) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!job.finished()) {
			assertThat(System.nanoTime()).as("preview finished within a minute").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private static List<String> ids(Evaluation e) {
		return e.recommendations().stream().map(Evaluation.RecommendationResult::id).sorted().toList();
	}

	private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
		Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(java.util.Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

}
