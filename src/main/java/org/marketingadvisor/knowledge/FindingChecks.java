package org.marketingadvisor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The findings and recommendations of the knowledge base: ids, areas, severities and
 * priorities, cited heuristics, and the links between them (causes between problems, the
 * order of recommendations), which must not form a cycle.
 */
final class FindingChecks {

	private final KnowledgeChecks checks;

	private final KnowledgeBase kb;

	FindingChecks(KnowledgeChecks checks) {
		this.checks = checks;
		this.kb = checks.kb();
	}

	void check() {
		findings();
		recommendations();
	}

	private void findings() {
		String file = KnowledgeBaseLoader.FINDINGS;
		Set<String> ids = new HashSet<>();
		for (FindingDefinition f : kb.findings()) {
			Problem where = KnowledgeChecks.subject("finding", f.id());
			checks.id(file, where, f.id(), "finding.", ids);
			checks.reference(file, where, "area", f.area(), kb.area(f.area()).isPresent());
			if (f.kind() == null) {
				checks.add(file, where, "problem.kb.kind-missing");
			}
			if (f.severity() == null) {
				checks.add(file, where, "problem.kb.severity-missing");
			}
			else if (f.kind() == FindingKind.STRENGTH && f.severity() != Severity.INFO) {
				checks.add(file, where, "problem.kb.strength-severity");
			}
			else if (f.kind() == FindingKind.PROBLEM && f.severity() == Severity.INFO) {
				checks.add(file, where, "problem.kb.problem-severity");
			}
			checks.heuristicRefs(file, where, f.heuristics());
			for (String caused : f.causes()) {
				var target = kb.finding(caused);
				checks.reference(file, where, "causes", caused, target.isPresent() && !caused.equals(f.id()));
				if (f.kind() == FindingKind.STRENGTH
						|| target.map(t -> t.kind() == FindingKind.STRENGTH).orElse(false)) {
					checks.add(file, where, "problem.kb.causes-strength", caused);
				}
			}
			checks.text(file, where, "title", f.title());
			checks.text(file, where, "description", f.description());
		}
		// a cycle of causes would leave no root to start from
		List<String> cycle = cycle(kb.findings().stream().map(FindingDefinition::id).toList(),
				id -> kb.finding(id).map(FindingDefinition::causes).orElse(List.of()));
		if (!cycle.isEmpty()) {
			checks.addToFile(file, "problem.kb.causes-cycle", String.join(" -> ", cycle));
		}
	}

	private void recommendations() {
		String file = KnowledgeBaseLoader.RECOMMENDATIONS;
		Set<String> ids = new HashSet<>();
		for (RecommendationDefinition r : kb.recommendations()) {
			Problem where = KnowledgeChecks.subject("recommendation", r.id());
			checks.id(file, where, r.id(), "rec.", ids);
			checks.reference(file, where, "area", r.area(), kb.area(r.area()).isPresent());
			if (r.priority() == null || r.priority() == Severity.INFO) {
				checks.add(file, where, "problem.kb.priority");
			}
			checks.heuristicRefs(file, where, r.heuristics());
			for (String after : KnowledgeChecks.nullToEmpty(r.after())) {
				checks.reference(file, where, "after", after, kb.recommendation(after).isPresent());
			}
			for (String tension : KnowledgeChecks.nullToEmpty(r.tensions())) {
				checks.reference(file, where, "tensions", tension, kb.tension(tension).isPresent());
			}
			for (String other : r.conflictsWith()) {
				checks.reference(file, where, "conflicts", other,
						kb.recommendation(other).isPresent() && !other.equals(r.id()));
			}
			checks.text(file, where, "title", r.title());
			checks.text(file, where, "summary", r.summary());
			if (r.actions() == null || r.actions().isEmpty()) {
				checks.add(file, where, "problem.kb.actions");
			}
			else {
				for (int i = 0; i < r.actions().size(); i++) {
					checks.text(file, where, "actions[" + (i + 1) + "]", r.actions().get(i));
				}
			}
		}
		List<String> cycle = cycle(kb.recommendations().stream().map(RecommendationDefinition::id).toList(),
				id -> kb.recommendation(id).map(r -> KnowledgeChecks.nullToEmpty(r.after())).orElse(List.of()));
		if (!cycle.isEmpty()) {
			checks.addToFile(file, "problem.kb.order-cycle", String.join(" -> ", cycle));
		}
	}

	/** The first cycle of links found from the ids in their order; empty if none. */
	private static List<String> cycle(List<String> ids, Function<String, List<String>> links) {
		Map<String, Integer> state = new HashMap<>();
		for (String id : ids) {
			List<String> path = new ArrayList<>();
			if (cycleFrom(id, links, state, path)) {
				return path;
			}
		}
		return List.of();
	}

	private static boolean cycleFrom(String id, Function<String, List<String>> links, Map<String, Integer> state,
			List<String> path) {
		Integer s = state.get(id);
		path.add(id);
		if (s != null) {
			return s == 1;
		}
		state.put(id, 1);
		for (String next : links.apply(id)) {
			if (cycleFrom(next, links, state, path)) {
				return true;
			}
		}
		state.put(id, 2);
		path.remove(path.size() - 1);
		return false;
	}

}
