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
import org.marketingadvisor.knowledge.Scoring;

/**
 * Orders recommendations into steps so that each comes after those the knowledge base
 * says must precede it, also through recommendations that were not made this time (A
 * after B after C, with only A and C made, still puts C first). Among the steps free to
 * go next, the most urgent goes first (priority, area, id), so the plan is deterministic.
 * Steps then fall into the phases of {@code scoring.yaml} (30/60/90 days): the first
 * phase that takes a step's priority, and at least one phase after any step it follows; a
 * phase with a {@code capacity} that is full passes its further steps to the next one. As
 * the most urgent free step is always placed first, a step only ever stands after a less
 * urgent one when it follows a step of an earlier phase (its stated dependency).
 */
final class ActionPlan {

	/**
	 * A step of the plan: a recommendation, the index of its phase and the steps made
	 * that it must follow (the reason it may stand after less urgent ones).
	 */
	record Step(String id, int phase, Set<String> after) {
	}

	private ActionPlan() {
	}

	/** The steps, by phase, each phase in dependency order. */
	static List<Step> plan(List<RecommendationResult> made, KnowledgeBase kb) {
		Map<String, Set<String>> before = before(made, kb);
		Map<String, RecommendationResult> byId = new HashMap<>();
		made.forEach(r -> byId.put(r.id(), r));
		var scoring = kb.scoring();
		int last = scoring.phases().size() - 1;
		Map<String, Integer> phase = new HashMap<>();
		int[] taken = new int[last + 1];
		List<Step> steps = new ArrayList<>();
		for (String id : order(made, kb, before)) {
			int p = scoring.phaseOf(byId.get(id).priority());
			for (String earlier : before.get(id)) {
				p = Math.max(p, phase.get(earlier) + 1);
			}
			p = Math.min(p, last);
			while (p < last && full(scoring.phases().get(p), taken[p])) {
				p++;
			}
			taken[p]++;
			phase.put(id, p);
			steps.add(new Step(id, p, before.get(id)));
		}
		// stable: within a phase the dependency order stays; a step never precedes one it
		// follows, because its phase is never lower
		steps.sort(Comparator.comparingInt(Step::phase));
		return steps;
	}

	private static boolean full(Scoring.Phase phase, int taken) {
		return phase.capacity() != null && taken >= phase.capacity();
	}

	/** Dependency order, the most urgent first among the steps free to go next. */
	private static List<String> order(List<RecommendationResult> made, KnowledgeBase kb,
			Map<String, Set<String>> before) {
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

	/** For each recommendation made, the ones made that must come before it. */
	private static Map<String, Set<String>> before(List<RecommendationResult> made, KnowledgeBase kb) {
		Set<String> ids = new HashSet<>();
		made.forEach(r -> ids.add(r.id()));
		Map<String, Set<String>> before = new HashMap<>();
		for (RecommendationResult r : made) {
			Set<String> required = new LinkedHashSet<>();
			collectBefore(r.id(), kb, new HashSet<>(), required);
			required.retainAll(ids);
			before.put(r.id(), required);
		}
		return before;
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
