package org.marketingadvisor.engine;

import java.util.List;

import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.Severity;

/**
 * What one evaluation derived, language-neutral, ordered by severity/priority, then area
 * order, then id. Evidence lists question ids in questionnaire order.
 */
public record Evaluation(String rulesetVersion, List<FindingResult> findings,
		List<RecommendationResult> recommendations, List<String> firedRules) {

	/** A finding with every rule that derived it and the answers those rules matched. */
	public record FindingResult(String id, FindingKind kind, Severity severity, String area, List<String> rules,
			List<String> evidence) {
	}

	/**
	 * A recommendation with the rules that derived it, the findings they matched and the
	 * answers behind those findings (and any answer the recommendation rules matched
	 * directly).
	 */
	public record RecommendationResult(String id, Severity priority, String area, List<String> rules,
			List<String> findings, List<String> evidence) {
	}

	public boolean hasFinding(String id) {
		return findings.stream().anyMatch(f -> f.id().equals(id));
	}

	public boolean hasRecommendation(String id) {
		return recommendations.stream().anyMatch(r -> r.id().equals(id));
	}

}
