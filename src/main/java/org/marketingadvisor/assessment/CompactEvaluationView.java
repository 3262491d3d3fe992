package org.marketingadvisor.assessment;

import java.util.List;

import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.knowledge.KnowledgeBase;

/**
 * An evaluation without texts, for integrations that show their own: ids, kinds,
 * severities and priorities, areas, the rules that fired and the questions whose answers
 * they matched, and the focus. A few kilobytes where the full view, with every title,
 * explanation and source in the request's language, is a hundred.
 */
public record CompactEvaluationView(String view, String rulesetVersion, EvaluationView.Summary summary,
		List<Finding> findings, List<Recommendation> recommendations, List<String> roots, List<String> focus) {

	/** A finding: its rules and the questions whose answers they matched. */
	public record Finding(String id, String kind, String severity, String area, List<String> rules,
			List<String> evidence) {
	}

	/** A recommendation: the findings it answers and the questions behind them. */
	public record Recommendation(String id, String priority, String area, List<String> rules, List<String> findings,
			List<String> evidence) {
	}

	static CompactEvaluationView of(Evaluation evaluation, KnowledgeBase kb) {
		return new CompactEvaluationView("compact", evaluation.rulesetVersion(), EvaluationView.summary(evaluation),
				evaluation.findings()
					.stream()
					.map(f -> new Finding(f.id(), f.kind().code(), f.severity().code(), f.area(), f.rules(),
							f.evidence()))
					.toList(),
				evaluation.recommendations()
					.stream()
					.map(r -> new Recommendation(r.id(), r.priority().code(), r.area(), r.rules(), r.findings(),
							r.evidence()))
					.toList(),
				Focus.roots(evaluation, kb), EvaluationView.focus(evaluation, kb));
	}

}
