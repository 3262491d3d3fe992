package org.marketingadvisor.knowledge;

import java.util.List;

/** A diagnosis that rules may derive from answers. */
public record FindingDefinition(String id, String area, FindingKind kind, Severity severity, List<String> heuristics,
		LocalizedText title, LocalizedText description) {

	/** Heuristics left out of the YAML are an empty list, never null. */
	public FindingDefinition {
		heuristics = heuristics == null ? List.of() : heuristics;
	}

}
