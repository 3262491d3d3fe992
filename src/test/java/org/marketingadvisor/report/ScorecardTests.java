package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.Evaluation.FindingResult;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Severity;

/** Scores as {@code scoring.yaml} defines them, on hand-made evaluations. */
class ScorecardTests {

	private final KnowledgeBase kb = TestContent.ruleSet().knowledgeBase();

	private static FindingResult problem(String id, Severity severity, String area) {
		return new FindingResult(id, FindingKind.PROBLEM, severity, area, List.of("rule"), List.of());
	}

	private static Evaluation evaluation(FindingResult... findings) {
		return new Evaluation("v", List.of(findings), List.of(), List.of());
	}

	@Test
	void withoutProblemsEveryAreaAndTheWholeScore100() {
		Scorecard scores = Scorecard.of(evaluation(new FindingResult("finding.fair-motivation", FindingKind.STRENGTH,
				Severity.INFO, "conditions", List.of("rule"), List.of())), kb);
		assertThat(scores.overall()).isEqualTo(100);
		assertThat(scores.areas()).hasSize(kb.areas().size())
			.allSatisfy((area, score) -> assertThat(score).isEqualTo(100));
		assertThat(kb.scoring().level(100).id()).isEqualTo("systematic");
	}

	@Test
	void eachProblemKeepsItsSeveritysShareOfWhatIsLeft() {
		Scorecard scores = Scorecard.of(evaluation(problem("finding.no-kpi", Severity.CRITICAL, "goals-kpi"),
				problem("finding.kpi-not-linked-to-sales", Severity.HIGH, "goals-kpi"),
				problem("finding.no-learning-time", Severity.MEDIUM, "conditions")), kb);
		double critical = kb.scoring().keep().get(Severity.CRITICAL);
		double high = kb.scoring().keep().get(Severity.HIGH);
		double medium = kb.scoring().keep().get(Severity.MEDIUM);
		assertThat(scores.areas().get("goals-kpi")).isEqualTo((int) Math.round(100 * critical * high));
		assertThat(scores.areas().get("conditions")).isEqualTo((int) Math.round(100 * medium));
		assertThat(scores.areas().get("strategy")).isEqualTo(100);
		// the overall score is the weighted mean of the exact area scores
		double weighted = 0;
		double weights = 0;
		for (var area : kb.areas()) {
			double w = kb.scoring().weights().get(area.id());
			double exact = switch (area.id()) {
				case "goals-kpi" -> 100 * critical * high;
				case "conditions" -> 100 * medium;
				default -> 100;
			};
			weighted += w * exact;
			weights += w;
		}
		assertThat(scores.overall()).isEqualTo((int) Math.round(weighted / weights));
	}

	@Test
	void aProblemMayAlsoLowerARelatedArea() {
		assertThat(kb.scoring().alsoAffects("finding.owner-bottleneck")).contains("responsibility");
		Scorecard scores = Scorecard
			.of(evaluation(problem("finding.owner-bottleneck", Severity.CRITICAL, "owner-role")), kb);
		int expected = (int) Math.round(100 * kb.scoring().keep().get(Severity.CRITICAL));
		assertThat(scores.areas().get("owner-role")).isEqualTo(expected);
		assertThat(scores.areas().get("responsibility")).isEqualTo(expected);
	}

	@Test
	void levelsStartAtTheirThreshold() {
		for (var level : kb.scoring().levels()) {
			assertThat(kb.scoring().level(level.from()).id()).isEqualTo(level.id());
		}
		assertThat(kb.scoring().level(0).id()).isEqualTo(kb.scoring().levels().get(0).id());
	}

	@Test
	void chartLabelsWrapOnceAndKeepEveryWord() {
		assertThat(RadarChart.wrap("Структура и место в компании")).containsExactly("Структура и место", "в компании");
		assertThat(RadarChart.wrap("Цели и KPI")).containsExactly("Цели и KPI");
		String svg = RadarChart.svg(List.of(new RadarChart.Axis("A & B", 50, 40, null),
				new RadarChart.Axis("<C>", 100, 60, null), new RadarChart.Axis("D", 0, 80, null)), "t\"");
		assertThat(svg).contains("A &amp; B", "&lt;C&gt;", "aria-label=\"t&quot;\"", "radar__previous")
			.doesNotContain("radar__peers");
	}

}
