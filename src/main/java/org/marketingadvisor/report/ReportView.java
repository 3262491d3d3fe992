package org.marketingadvisor.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.marketingadvisor.assessment.EvaluationView.FindingView;
import org.marketingadvisor.assessment.ReportLinks;
import org.marketingadvisor.assessment.EvaluationView.PlanStep;
import org.marketingadvisor.assessment.EvaluationView.RecommendationView;

/**
 * Everything a report shows, in one language: the page, the PDF and the JSON are made
 * from it. Texts come from the knowledge base; severities, priorities and phases are
 * codes that the page labels through the message bundles. {@code versionContentMissing}
 * is present (true) only when the content of the version that evaluated is unknown, so
 * the texts are the live version's. {@code focus} is the ordered ids of at most five
 * recommendations that open the report (those that address its root problems), with
 * {@code focusSteps} saying what each resolves; {@code otherAreas} groups the other
 * recommendations by area.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(String lang, String companyLabel, String submittedAt, String submittedOn,
		String rulesetVersion, Overall overall, List<AreaScore> areas, Method method, List<PlanStep> next,
		List<FindingView> problems, List<FindingView> strengths, List<RecommendationView> recommendations,
		List<Phase> plan, Map<String, String> phaseTitles, String planExplanation, Peers peers, Comparison comparison,
		List<Note> notes, ReportLinks links, Boolean versionContentMissing, List<String> focus,
		List<FocusItem> focusSteps, List<AreaGroup> otherAreas, List<SourceDocument> documents) {

	/**
	 * An article the report cites, once: its title in the report's language, the original
	 * title where that differs from the report's language, and who published it.
	 */
	public record SourceDocument(String id, String title, String originalTitle, String publisher) {
	}

	/**
	 * A recommendation of the focus: the root problems it addresses and the problems
	 * those roots cause, which it resolves too.
	 */
	public record FocusItem(String id, int step, String title, String priority, List<FindingRef> roots,
			List<FindingRef> consequences) {
	}

	/** An area with the number of recommendations outside the focus that belong to it. */
	public record AreaGroup(String area, String title, int recommendations) {
	}

	/** The overall score and the maturity level it reaches. */
	public record Overall(int score, String level, String levelTitle, String levelMeaning) {
	}

	/**
	 * One area's score, with the peers' average and the previous assessment's score when
	 * known.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record AreaScore(String id, String title, int score, int problems, int strengths, Integer peerAverage,
			Integer previousScore, Integer change) {
	}

	/** How the scores are computed, as the knowledge base says. */
	public record Method(String explanation, List<Share> keep, List<Weight> weights, List<Level> levels) {
	}

	/** The share of an area's score a problem of this severity keeps, in percent. */
	public record Share(String severity, int percent) {
	}

	public record Weight(String area, String title, double weight) {
	}

	public record Level(String id, String title, int from, String meaning) {
	}

	/** A period of the action plan with its steps in order. */
	public record Phase(String id, int days, String title, List<PlanStep> steps) {
	}

	/** Averages of all submitted assessments; present only when there are enough. */
	public record Peers(int assessments, int overall) {
	}

	/**
	 * What changed since the assessment this one was started from: scores, and the
	 * problems resolved, new, or still open.
	 */
	public record Comparison(String previousSubmittedOn, String previousUrl, int previousOverall, int change,
			List<FindingRef> resolved, List<FindingRef> added, List<FindingRef> stillOpen) {
	}

	public record FindingRef(String id, String title, String severity) {
	}

	/** A consultant's note on the report: who, when (UTC, and as shown), what. */
	public record Note(String author, String at, String when, String text) {
	}

}
