package org.marketingadvisor;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Explicit isolation for test classes that share an application context (and so its
 * database) but count what is stored: they empty the assessment tables first instead of
 * asking for a context of their own.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	/**
	 * Deletes every assessment with its scores, findings index, notes and the running
	 * peer sums.
	 */
	public static void clearAssessments(JdbcClient jdbc) {
		for (String table : new String[] { "annotation", "assessment_area_score", "assessment_finding",
				"peer_score_sum", "assessment_score", "assessment" }) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

}
