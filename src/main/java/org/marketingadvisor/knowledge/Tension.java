package org.marketingadvisor.knowledge;

import java.util.List;

/** Where documents disagree, and how the advice reconciles them. */
public record Tension(String id, List<String> heuristics, LocalizedText title, LocalizedText text,
		LocalizedText reconciliation) {
}
