package org.marketingadvisor.security;

/**
 * Published on every sign-in (and failed one), sign-out and account change, inside the
 * change's transaction where it has one: the audit trail records it.
 *
 * @param actor who did it
 * @param kind what happened
 * @param account the account concerned
 * @param details what changed or why a sign-in failed; may be null
 */
public record SecurityEvent(String actor, Kind kind, String account, String details) {

	/** What happened. */
	public enum Kind {

		SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ACCOUNT_CREATED, ACCOUNT_ENABLED, ACCOUNT_DISABLED, ACCOUNT_ROLE,
		/**
		 * A password changed by its owner, or a first admin's one-time password replaced.
		 */
		ACCOUNT_PASSWORD

	}

}
