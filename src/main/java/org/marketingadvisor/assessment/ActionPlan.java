package org.marketingadvisor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marketingadvisor.engine.Evaluation.RecommendationResult;
import org.marketingadvisor.knowledge.KnowledgeBase;

/**
 * Orders recommendations into steps so that each comes after those the knowledge base
 * says must precede it, also through recommendations that were not made this time (A
 * after B after C, with only A and C made, still puts C first). Among the steps free to
 * go next, the most urgent goes first (priority, area, id), so the plan is deterministic.
 */
final class ActionPlan {

	private ActionPlan() {
	}

	static List<String> order(List<RecommendationResult> made, KnowledgeBase kb) {
		Map<String, RecommendationResult> byId = new HashMap<>();
		made.forEach(r -> byId.put(r.id(), r));
		Map<String, Set<String>> before = new HashMap<>();
		for (RecommendationResult r : made) {
			Set<String> required = new LinkedHashSet<>();
			collectBefore(r.id(), kb, new HashSet<>(), required);
			required.retainAll(byId.keySet());
			before.put(r.id(), required);
		}
		Comparator<RecommendationResult> urgency = Comparator.comparing(RecommendationResult::priority)
			.thenComparingInt(r -> kb.areaOrder(r.area()))
			.thenComparing(RecommendationResult::id);
		List<String> plan = new ArrayList<>();
		Set<String> done = new HashSet<>();
		while (plan.size() < made.size()) {
			RecommendationResult next = made.stream()
				.filter(r -> !done.contains(r.id()) && done.containsAll(before.get(r.id())))
				.min(urgency)
				.orElseThrow(() -> new IllegalStateException("'after' in the knowledge base has a cycle"));
			plan.add(next.id());
			done.add(next.id());
		}
		return plan;
	}

	private static void collectBefore(String id, KnowledgeBase kb, Set<String> visited, Set<String> into) {
		if (!visited.add(id)) {
			return;
		}
		for (String after : kb.recommendation(id).map(r -> r.after()).orElse(List.of())) {
			into.add(after);
			collectBefore(after, kb, visited, into);
		}
	}

}
