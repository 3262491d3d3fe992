package org.marketingadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.Evaluation.FindingResult;
import org.marketingadvisor.engine.Evaluation.RecommendationResult;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.Severity;

/**
 * The root problems and the focus follow {@code causes} of the shipped knowledge base: a
 * problem caused by another one found is a consequence, folded under the step that
 * removes its root.
 */
class FocusTests {

	private final KnowledgeBase kb = KnowledgeBaseLoader.load(TestContent.knowledgeBaseFiles());

	@Test
	void problemsCausedByOthersFoundAreNotRoots() {
		Evaluation e = evaluation(
				List.of("finding.no-responsibility-center", "finding.owner-bottleneck", "finding.no-company-strategy",
						"finding.no-marketing-strategy", "finding.no-kpi", "finding.no-individual-kpi",
						"finding.owner-lacks-time", "finding.no-web-analytics", "finding.payback-unknown"),
				List.of());
		assertThat(Focus.roots(e, kb)).containsExactly("finding.no-responsibility-center",
				"finding.no-company-strategy", "finding.no-web-analytics");
	}

	@Test
	void aConsequenceFoundWithoutTheStepBetweenStillHasItsRoot() {
		// no-company-strategy causes no-marketing-strategy, which causes
		// no-marketing-plan
		Evaluation e = evaluation(List.of("finding.no-company-strategy", "finding.no-marketing-plan"), List.of());
		assertThat(Focus.roots(e, kb)).containsExactly("finding.no-company-strategy");
	}

	@Test
	void focusIsTheStepsAtTheRootsInPlanOrderWithTheirConsequencesFolded() {
		Evaluation e = evaluation(
				List.of("finding.no-responsibility-center", "finding.owner-bottleneck", "finding.no-company-strategy",
						"finding.no-marketing-strategy", "finding.no-kpi", "finding.no-individual-kpi",
						"finding.owner-lacks-time", "finding.no-web-analytics", "finding.payback-unknown"),
				List.of(rec("rec.appoint-responsible", "finding.no-responsibility-center"),
						rec("rec.delegate-operations", "finding.owner-bottleneck"),
						rec("rec.develop-company-strategy", "finding.no-company-strategy"),
						rec("rec.agree-kpis", "finding.no-kpi"),
						rec("rec.write-promotion-strategy", "finding.no-marketing-strategy"),
						rec("rec.set-up-web-analytics", "finding.no-web-analytics")));
		List<Focus.Step> focus = Focus.of(e, kb,
				List.of("rec.develop-company-strategy", "rec.appoint-responsible", "rec.delegate-operations",
						"rec.set-up-web-analytics", "rec.agree-kpis", "rec.write-promotion-strategy"));
		assertThat(focus).extracting(Focus.Step::id)
			.containsExactly("rec.develop-company-strategy", "rec.appoint-responsible", "rec.set-up-web-analytics");
		// each consequence once, under the first step whose root causes it
		// (the company strategy leads to the business goals and so to the KPIs)
		assertThat(focus.get(0).consequences()).containsExactly("finding.no-marketing-strategy", "finding.no-kpi",
				"finding.no-individual-kpi");
		assertThat(focus.get(1).roots()).containsExactly("finding.no-responsibility-center");
		assertThat(focus.get(1).consequences()).containsExactly("finding.owner-bottleneck", "finding.owner-lacks-time");
		assertThat(focus.get(2).consequences()).containsExactly("finding.payback-unknown");
	}

	@Test
	void aRootNoRecommendationAddressesHandsItsPlaceToItsNearestConsequences() {
		Evaluation e = evaluation(
				List.of("finding.no-responsibility-center", "finding.owner-bottleneck", "finding.owner-lacks-time",
						"finding.no-kpi", "finding.no-individual-kpi"),
				List.of(rec("rec.delegate-operations", "finding.owner-bottleneck"),
						rec("rec.plan-for-long-term", "finding.owner-lacks-time"),
						rec("rec.agree-kpis", "finding.no-kpi"),
						rec("rec.individual-kpis", "finding.no-individual-kpi")));
		List<Focus.Step> focus = Focus.of(e, kb,
				List.of("rec.agree-kpis", "rec.delegate-operations", "rec.plan-for-long-term", "rec.individual-kpis"));
		assertThat(focus).extracting(Focus.Step::id).containsExactly("rec.agree-kpis", "rec.delegate-operations");
		assertThat(focus.get(0).consequences()).containsExactly("finding.no-individual-kpi");
		assertThat(focus.get(1).consequences()).containsExactly("finding.owner-lacks-time");
	}

	@Test
	void focusHoldsAtMostFiveSteps() {
		List<String> roots = List.of("finding.no-responsibility-center", "finding.no-company-strategy",
				"finding.no-web-analytics", "finding.short-term-expectations", "finding.no-task-tracker",
				"finding.no-market-research", "finding.no-onboarding");
		List<String> recs = List.of("rec.appoint-responsible", "rec.develop-company-strategy",
				"rec.set-up-web-analytics", "rec.plan-for-long-term", "rec.introduce-task-tracker",
				"rec.run-market-research", "rec.onboard-new-marketer");
		List<RecommendationResult> made = new java.util.ArrayList<>();
		for (int i = 0; i < roots.size(); i++) {
			made.add(rec(recs.get(i), roots.get(i)));
		}
		Evaluation e = evaluation(roots, made);
		assertThat(Focus.roots(e, kb)).hasSize(7);
		assertThat(Focus.of(e, kb, recs)).extracting(Focus.Step::id).containsExactlyElementsOf(recs.subList(0, 5));
	}

	@Test
	void fivePlacesReachAsManyRootsAsTheyCan() {
		List<String> roots = List.of("finding.owner-bottleneck", "finding.no-company-strategy",
				"finding.no-web-analytics", "finding.short-term-expectations", "finding.no-task-tracker",
				"finding.no-market-research");
		List<RecommendationResult> made = new java.util.ArrayList<>(
				List.of(rec("rec.appoint-responsible", "finding.owner-bottleneck"),
						rec("rec.delegate-operations", "finding.owner-bottleneck"),
						rec("rec.develop-company-strategy", "finding.no-company-strategy"),
						rec("rec.set-up-web-analytics", "finding.no-web-analytics"),
						rec("rec.plan-for-long-term", "finding.short-term-expectations"),
						rec("rec.introduce-task-tracker", "finding.no-task-tracker"),
						rec("rec.run-market-research", "finding.no-market-research")));
		Evaluation e = evaluation(roots, made);
		List<String> order = made.stream().map(RecommendationResult::id).toList();
		// the second step at the owner bottleneck gives way to a root of its own
		assertThat(Focus.of(e, kb, order)).extracting(Focus.Step::id)
			.containsExactly("rec.appoint-responsible", "rec.develop-company-strategy", "rec.set-up-web-analytics",
					"rec.plan-for-long-term", "rec.introduce-task-tracker");
		// with room to spare it is kept, in plan order
		Evaluation fewer = evaluation(roots.subList(0, 3), made.subList(0, 4));
		assertThat(Focus.of(fewer, kb, order.subList(0, 4))).extracting(Focus.Step::id)
			.containsExactlyElementsOf(order.subList(0, 4));
	}

	@Test
	void noProblemsMeansNoRootsAndAnEmptyFocus() {
		Evaluation e = new Evaluation("v", List.of(new FindingResult("finding.data-driven", FindingKind.STRENGTH,
				Severity.INFO, "budget-analytics", List.of("r"), List.of())), List.of(), List.of());
		assertThat(Focus.roots(e, kb)).isEmpty();
		assertThat(Focus.of(e, kb, List.of())).isEmpty();
	}

	private Evaluation evaluation(List<String> problems, List<RecommendationResult> recs) {
		List<FindingResult> findings = problems.stream().map(id -> {
			var def = kb.finding(id).orElseThrow();
			return new FindingResult(id, FindingKind.PROBLEM, def.severity(), def.area(), List.of("rule"), List.of());
		}).toList();
		return new Evaluation("v", findings, recs, List.of());
	}

	private RecommendationResult rec(String id, String... findings) {
		var def = kb.recommendation(id).orElseThrow();
		return new RecommendationResult(id, def.priority(), def.area(), List.of("rule"), Arrays.asList(findings),
				List.of());
	}

}
