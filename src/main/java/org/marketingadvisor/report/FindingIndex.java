package org.marketingadvisor.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.marketingadvisor.engine.Evaluation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The findings of each listed assessment, one row each ({@code assessment_finding}), so
 * that the consultant's list filters by a finding with an index instead of searching
 * text. Written with the assessment's scores, in the submission's transaction.
 */
@Component
class FindingIndex {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	FindingIndex(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		// on the transaction's connection too (bound to the data source), one round trip
		// for all the findings of a submission
		this.batch = new JdbcTemplate(dataSource);
	}

	/** The ids of an evaluation's findings, each once, in its order. */
	static List<String> ids(Evaluation evaluation) {
		Collection<String> ids = new LinkedHashSet<>();
		evaluation.findings().forEach(f -> ids.add(f.id()));
		return List.copyOf(ids);
	}

	/** Writes the rows of a newly submitted assessment. */
	void write(UUID assessment, Instant submittedAt, List<String> findings) {
		if (findings.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(submittedAt);
		batch.batchUpdate("INSERT INTO assessment_finding (assessment_id, finding, submitted_at) VALUES (?, ?, ?)",
				findings.stream().map(f -> new Object[] { assessment, f, at }).toList());
	}

	/**
	 * Replaces the rows of one assessment (so that writing them again, as the start-up
	 * copy may, changes nothing).
	 */
	void replace(UUID assessment, Instant submittedAt, List<String> findings) {
		jdbc.sql("DELETE FROM assessment_finding WHERE assessment_id = ?").param(assessment).update();
		write(assessment, submittedAt, findings);
	}

}
