package org.marketingadvisor.knowledge;

import java.util.List;

/**
 * Advice that rules derive from findings. {@code after} names recommendations that must
 * be done before this one; {@code tensions} the disagreements between documents whose
 * reconciliation it applies.
 */
public record RecommendationDefinition(String id, String area, Severity priority, List<String> heuristics,
		List<String> after, List<String> tensions, LocalizedText title, LocalizedText summary,
		List<LocalizedText> actions) {
}
