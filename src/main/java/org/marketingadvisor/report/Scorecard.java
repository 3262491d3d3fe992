package org.marketingadvisor.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.Evaluation.FindingResult;
import org.marketingadvisor.knowledge.Area;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Scoring;

/**
 * An evaluation's scores, 0 to 100: per area (in the knowledge base's area order) and
 * overall. Every area starts at 100 and each problem found in it keeps the share of the
 * score that {@code scoring.yaml} gives its severity; the overall score is the mean of
 * the areas weighted as {@code scoring.yaml} says. A finding may lower other areas than
 * its own ({@code alsoAffects}). Strengths do not change a score.
 */
record Scorecard(int overall, Map<String, Integer> areas) {

	static Scorecard of(Evaluation evaluation, KnowledgeBase kb) {
		Scoring scoring = kb.scoring();
		Map<String, Double> exact = new LinkedHashMap<>();
		for (Area area : kb.areas()) {
			exact.put(area.id(), 100.0);
		}
		for (FindingResult f : evaluation.findings()) {
			if (f.kind() != FindingKind.PROBLEM) {
				continue;
			}
			double keep = scoring.keep().get(f.severity());
			java.util.Set<String> lowered = new java.util.LinkedHashSet<>();
			lowered.add(f.area());
			lowered.addAll(scoring.alsoAffects(f.id()));
			for (String area : lowered) {
				exact.computeIfPresent(area, (a, score) -> score * keep);
			}
		}
		double weighted = 0;
		double weights = 0;
		Map<String, Integer> areas = new LinkedHashMap<>();
		for (Map.Entry<String, Double> e : exact.entrySet()) {
			double weight = scoring.weights().get(e.getKey());
			weighted += e.getValue() * weight;
			weights += weight;
			areas.put(e.getKey(), (int) Math.round(e.getValue()));
		}
		int overall = weights == 0 ? 100 : (int) Math.round(weighted / weights);
		return new Scorecard(overall, java.util.Collections.unmodifiableMap(areas));
	}

}
