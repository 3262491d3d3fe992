package org.marketingadvisor.engine;

import org.marketingadvisor.knowledge.Severity;

/**
 * A diagnosis, inserted by a rule as {@code insertLogical(new Finding("finding.x"))}. A
 * rule may lower or raise the knowledge base's severity for its case:
 * {@code new Finding("finding.x", "medium")}.
 */
public final class Finding extends Derived {

	private final Severity severity;

	public Finding(String id) {
		super(id);
		this.severity = null;
	}

	public Finding(String id, String severity) {
		super(id);
		this.severity = Severity.parse(severity)
			.orElseThrow(() -> new IllegalArgumentException("Unknown severity '" + severity + "' for " + id));
	}

	/** The severity the rule set for this case, or null to use the knowledge base's. */
	public Severity getSeverity() {
		return severity;
	}

	@Override
	public String toString() {
		return "Finding[" + getId() + "]";
	}

}
