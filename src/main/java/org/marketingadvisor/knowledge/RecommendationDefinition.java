package org.marketingadvisor.knowledge;

import java.util.List;

/**
 * Advice that rules derive from findings. {@code after} names recommendations that must
 * be done before this one; {@code tensions} the disagreements between documents whose
 * reconciliation it applies; {@code conflicts} recommendations that must never be given
 * together (the rule linter looks for answers that produce both).
 */
public record RecommendationDefinition(String id, String area, Severity priority, List<String> heuristics,
		List<String> after, List<String> tensions, LocalizedText title, LocalizedText summary,
		List<LocalizedText> actions, List<String> conflicts) {

	/** Lists left out of the YAML are empty, never null (a report reads them all). */
	public RecommendationDefinition {
		heuristics = heuristics == null ? List.of() : heuristics;
		after = after == null ? List.of() : after;
		tensions = tensions == null ? List.of() : tensions;
		actions = actions == null ? List.of() : actions;
	}

	/** The recommendations this one must never be given with; never null. */
	public List<String> conflictsWith() {
		return conflicts == null ? List.of() : conflicts;
	}

}
