package org.marketingadvisor.knowledge;

import java.util.List;

/**
 * A diagnosis that rules may derive from answers. {@code causes} names the findings this
 * one leads to (nobody responsible leads to no plan): a finding found with none of its
 * causes also found is a root problem, and fixing it resolves the consequences found.
 */
public record FindingDefinition(String id, String area, FindingKind kind, Severity severity, List<String> heuristics,
		List<String> causes, LocalizedText title, LocalizedText description) {

	/** Lists left out of the YAML are empty, never null. */
	public FindingDefinition {
		heuristics = heuristics == null ? List.of() : heuristics;
		causes = causes == null ? List.of() : causes;
	}

}
