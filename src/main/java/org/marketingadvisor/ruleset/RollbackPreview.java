package org.marketingadvisor.ruleset;

import java.util.UUID;

/**
 * What a rollback shows before it is confirmed: the impact module implements it by
 * comparing the version rolled back to with the live one on the stored reports, so this
 * module never depends on it.
 */
public interface RollbackPreview {

	/**
	 * Starts the comparison of a published version with the live one; returns the path of
	 * the page that shows it and asks for the rollback's confirmation.
	 */
	String start(int number, UUID versionId, String message);

}
