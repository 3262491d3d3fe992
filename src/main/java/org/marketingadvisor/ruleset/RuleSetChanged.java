package org.marketingadvisor.ruleset;

/**
 * Published when a rule-set version or draft changes, inside the change's transaction
 * where it has one: the audit trail records it.
 *
 * @param actor who did it ({@code system} for start-up and imports)
 * @param change what happened
 * @param subject the version ({@code v7}) or draft ({@code draft 1a2b3c4d}) concerned
 * @param details the message, or what the check found; may be null
 */
public record RuleSetChanged(String actor, Change change, String subject, String details) {

	/** What happened to a version or draft. */
	public enum Change {

		IMPORTED, DRAFT_CREATED, DRAFT_EDITED, DRAFT_DISCARDED, PUBLISHED, REFUSED, ROLLED_BACK

	}

}
