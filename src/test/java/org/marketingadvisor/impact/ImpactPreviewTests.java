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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
	void aQuickEstimateOnARandomSampleComesFirstAndTheFullRunStillCountsEveryAssessment() throws Exception {
		UUID draftId = versions.newDraft("without owner-role findings, sampled");
		versions.saveDraftFile(draftId, OWNER_ROLE, "package rules.findings;\n");
		ImpactJob job = preview.start(draftId, 100);
		await(job);
		ImpactPreview.Estimate estimate = job.estimate();
		assertThat(estimate).as("an estimate when there are more assessments than the sample").isNotNull();
		assertThat(estimate.sampled()).isEqualTo(100);
		assertThat(estimate.population()).isEqualTo(ASSESSMENTS);
		ImpactPreview.Report report = job.report();
		assertThat(report.total()).isEqualTo(ASSESSMENTS);
		assertThat(report.complete()).isTrue();
		double actual = (double) report.changed() / ASSESSMENTS;
		assertThat(estimate.margin()).isBetween(0.0, 0.2);
		// four margins: a sample this far off would come once in tens of thousands of
		// runs
		assertThat(Math.abs(estimate.share() - actual)).as("the estimate is near the full run's share")
			.isLessThanOrEqualTo(4 * estimate.margin() + 0.01);
		Document page = Jsoup.parse(mvc
			.perform(
					get("/consultant/rules/impact/" + job.id()).param("lang", "ru").with(user("c").roles("CONSULTANT")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#impact-estimate").text()).contains("100", "300", "%");
		versions.discard(draftId);
	}

	@Test
	void aPassReadsEveryAssessmentOnceFromAnyStartAndStopsWhenCancelled() throws Exception {
		List<ImpactPreview.Stored> all = new ArrayList<>();
		for (var page = assessments.submittedAnswersAfter(null, 64); !page.isEmpty(); page = assessments
			.submittedAnswersAfter(page.get(page.size() - 1).id(), 64)) {
			page.forEach(a -> all.add(new ImpactPreview.Stored(a.id(), a.token(), a.companyLabel(), a.submittedAt(),
					Lang.RU, a.answers())));
		}
		assertThat(all).hasSize(ASSESSMENTS);
		assertThat(all.stream().map(ImpactPreview.Stored::id).distinct()).hasSize(ASSESSMENTS);
		assertThat(assessments.submittedCount()).isEqualTo(ASSESSMENTS);
		ImpactRun.Source source = (after, limit) -> {
			int from = after == null ? 0 : indexOf(all, after) + 1;
			return all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size()));
		};
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			RuleSet live = engine.current();
			UUID middle = all.get(ASSESSMENTS / 2).id();
			var counted = new java.util.concurrent.atomic.AtomicInteger();
			ImpactPreview.Report wrapped = new ImpactRun(live, live, counted, () -> false).run(source, middle,
					ASSESSMENTS + 50, pool, 2);
			assertThat(wrapped.total()).as("from the middle round to it again, each once").isEqualTo(ASSESSMENTS);
			assertThat(counted.get()).isEqualTo(ASSESSMENTS);
			assertThat(wrapped.changed()).as("the live version against itself changes nothing").isZero();
			ImpactPreview.Report sample = new ImpactRun(live, live, new java.util.concurrent.atomic.AtomicInteger(),
					() -> false)
				.run(source, all.get(ASSESSMENTS - 10).id(), 120, pool, 2);
			assertThat(sample.total()).as("a sample that passes the end goes on from the first").isEqualTo(120);
			ImpactPreview.Report stopped = new ImpactRun(live, live, new java.util.concurrent.atomic.AtomicInteger(),
					() -> true)
				.run(source, null, Integer.MAX_VALUE, pool, 2);
			assertThat(stopped.complete()).isFalse();
			assertThat(stopped.total()).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static int indexOf(List<ImpactPreview.Stored> all, UUID id) {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException(id.toString());
	}

	@Test
	void aRunningPreviewCanBeStoppedFromItsPage() throws Exception {
		UUID draftId = versions.newDraft("stopped");
		versions.saveDraftFile(draftId, OWNER_ROLE, "package rules.findings;\n");
		ImpactJob job = preview.start(draftId);
		mvc.perform(post("/consultant/rules/impact/" + job.id() + "/cancel").with(user("c").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(job.cancelled()).isTrue();
		await(job);
		if (!job.report().complete()) {
			assertThat(job.report().total()).isLessThan(ASSESSMENTS);
			String page = mvc
				.perform(get("/consultant/rules/impact/" + job.id()).param("lang", "en")
					.with(user("c").roles("CONSULTANT")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(page).select("#impact-cancelled").text()).startsWith("Stopped after");
		}
		mvc.perform(
				post("/consultant/rules/impact/" + UUID.randomUUID() + "/cancel").with(user("c").roles("CONSULTANT"))
					.with(csrf()))
			.andExpect(status().isNotFound());
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
