package org.marketingadvisor.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.Evaluation.FindingResult;
import org.marketingadvisor.engine.Evaluation.RecommendationResult;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;

/**
 * The few things that matter: the root problems of an evaluation and the recommendations
 * that address them. Which finding causes which is knowledge-base data ({@code causes} in
 * {@code findings.yaml}); this class only follows it. A problem found is a root when no
 * other problem found causes it, directly or through findings not found this time (the
 * mechanism holds even where the step between was not asked about). A root that no
 * recommendation addresses hands its place to the nearest consequences that have one, so
 * a missing recommendation never hides a whole branch.
 */
final class Focus {

	/** At most this many recommendations open the report: what an owner can act on. */
	static final int LIMIT = 5;

	/**
	 * A recommendation of the focus, the root problems it addresses and the problems
	 * found that those roots cause (each consequence listed under the first step only).
	 */
	record Step(String id, List<String> roots, List<String> consequences) {
	}

	private Focus() {
	}

	/** The root problems, in the evaluation's order (most severe first). */
	static List<String> roots(Evaluation evaluation, KnowledgeBase kb) {
		List<String> present = problems(evaluation);
		List<String> roots = new ArrayList<>();
		for (String f : present) {
			boolean caused = present.stream().anyMatch(other -> !other.equals(f) && reach(other, kb).contains(f));
			if (!caused) {
				roots.add(f);
			}
		}
		return roots;
	}

	/**
	 * The focus: the recommendations that address a root, at most {@link #LIMIT}, chosen
	 * to reach as many roots as possible and shown in plan order (which keeps every step
	 * after those it depends on).
	 * @param planOrder the ids of the recommendations in the order of the action plan
	 */
	static List<Step> of(Evaluation evaluation, KnowledgeBase kb, List<String> planOrder) {
		List<String> present = problems(evaluation);
		Set<String> addressed = new HashSet<>();
		evaluation.recommendations().forEach(r -> addressed.addAll(r.findings()));
		Set<String> effective = new LinkedHashSet<>();
		for (String root : roots(evaluation, kb)) {
			if (addressed.contains(root)) {
				effective.add(root);
			}
			else {
				effective.addAll(nearestAddressed(root, present, addressed, kb));
			}
		}
		Map<String, List<String>> rootsOf = new LinkedHashMap<>();
		for (String id : planOrder) {
			evaluation.recommendations()
				.stream()
				.filter(r -> r.id().equals(id))
				.findFirst()
				.map(r -> r.findings().stream().filter(effective::contains).toList())
				.filter(roots -> !roots.isEmpty())
				.ifPresent(roots -> rootsOf.put(id, roots));
		}
		// first one step for every root not yet covered, so five places reach as many
		// roots as they can; then further steps at roots already covered
		Set<String> chosen = new HashSet<>();
		Set<String> covered = new HashSet<>();
		for (var e : rootsOf.entrySet()) {
			if (chosen.size() < LIMIT && !covered.containsAll(e.getValue())) {
				chosen.add(e.getKey());
				covered.addAll(e.getValue());
			}
		}
		for (String id : rootsOf.keySet()) {
			if (chosen.size() < LIMIT) {
				chosen.add(id);
			}
		}
		List<Step> steps = new ArrayList<>();
		Set<String> shown = new HashSet<>(effective);
		for (String id : rootsOf.keySet()) {
			if (!chosen.contains(id)) {
				continue;
			}
			List<String> roots = rootsOf.get(id);
			List<String> consequences = new ArrayList<>();
			for (String f : present) {
				if (!shown.contains(f) && roots.stream().anyMatch(root -> reach(root, kb).contains(f))) {
					consequences.add(f);
					shown.add(f);
				}
			}
			steps.add(new Step(id, roots, consequences));
		}
		return steps;
	}

	/**
	 * The consequences of a root that a recommendation addresses and that no other such
	 * consequence causes.
	 */
	private static List<String> nearestAddressed(String root, List<String> present, Set<String> addressed,
			KnowledgeBase kb) {
		Set<String> below = reach(root, kb);
		List<String> candidates = present.stream().filter(f -> below.contains(f) && addressed.contains(f)).toList();
		return candidates.stream()
			.filter(f -> candidates.stream().noneMatch(other -> !other.equals(f) && reach(other, kb).contains(f)))
			.toList();
	}

	private static List<String> problems(Evaluation evaluation) {
		return evaluation.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.PROBLEM)
			.map(FindingResult::id)
			.toList();
	}

	/** Every finding a finding causes, directly or further down. */
	private static Set<String> reach(String id, KnowledgeBase kb) {
		return kb.consequences(id);
	}

}
