package org.marketingadvisor.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Running sums of every submitted assessment's scores ({@code peer_score_sum}): per area,
 * and overall under the area {@value #OVERALL}. A submission adds its scores in its own
 * transaction, so the sums always match the stored scores, and the peer comparison reads
 * a few rows however many assessments there are.
 */
@Component
class PeerSums {

	/** The area name the overall score is summed under; area ids never hold a star. */
	static final String OVERALL = "*";

	/**
	 * Each sum is split in this many rows, an assessment adding to the one its id picks:
	 * concurrent submissions then seldom wait for one row's lock until the other commits
	 * (with a pool of 10 connections, a submission meets another one's stripe about once
	 * in seven; with 8 stripes it was most of the time, and on PostgreSQL with 64 clients
	 * the submissions queued behind each other's commits). A peer comparison adds up at
	 * most this many rows per area.
	 */
	static final int STRIPES = 64;

	/** A sum: how many assessments, and their scores added up. */
	record Sum(long assessments, long total) {

		int average() {
			return (int) Math.round((double) total / assessments);
		}

	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JdbcTemplate jdbcTemplate;

	PeerSums(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.jdbcTemplate = new JdbcTemplate(dataSource);
	}

	/**
	 * Adds one assessment's scores. Rows are touched in the same (sorted) order by every
	 * submission, so two never wait for each other's rows crosswise.
	 */
	void add(UUID assessment, int overall, Map<String, Integer> areas) {
		int stripe = Math.floorMod(assessment.hashCode(), STRIPES);
		Map<String, Integer> scores = new TreeMap<>(areas);
		scores.put(OVERALL, overall);
		List<Map.Entry<String, Integer>> rows = List.copyOf(scores.entrySet());
		// every increment in one round trip: the rows stay locked only from here to the
		// commit
		int[] updated = jdbcTemplate.batchUpdate(
				"UPDATE peer_score_sum SET assessments = assessments + 1, total = total + ? "
						+ "WHERE area = ? AND stripe = ?",
				rows.stream().map(e -> new Object[] { e.getValue(), e.getKey(), stripe }).toList());
		for (int i = 0; i < rows.size(); i++) {
			if (updated[i] == 0) {
				insert(rows.get(i).getKey(), stripe, rows.get(i).getValue());
			}
		}
	}

	private void insert(String area, int stripe, int score) {
		// the first score of this area in this stripe: insert its row, unless a
		// concurrent submission just did (then add to that one). The savepoint keeps this
		// transaction usable after the duplicate key (PostgreSQL aborts it otherwise).
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try {
				jdbc.sql("INSERT INTO peer_score_sum (area, stripe, assessments, total) VALUES (?, ?, 1, ?)")
					.params(area, stripe, score)
					.update();
				connection.releaseSavepoint(savepoint);
			}
			catch (DuplicateKeyException raced) {
				connection.rollback(savepoint);
				if (!increment(area, stripe, score)) {
					throw raced;
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not add to the peer sums", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private boolean increment(String area, int stripe, int score) {
		return jdbc
			.sql("UPDATE peer_score_sum SET assessments = assessments + 1, total = total + ? "
					+ "WHERE area = ? AND stripe = ?")
			.params(score, area, stripe)
			.update() == 1;
	}

	/** Every sum, the stripes added up, by area ({@value #OVERALL}: overall). */
	Map<String, Sum> sums() {
		Map<String, Sum> sums = new LinkedHashMap<>();
		jdbc.sql("SELECT area, SUM(assessments), SUM(total) FROM peer_score_sum GROUP BY area ORDER BY area")
			.query((rs, i) -> Map.entry(rs.getString(1), new Sum(rs.getLong(2), rs.getLong(3))))
			.list()
			.forEach(e -> sums.put(e.getKey(), e.getValue()));
		return sums;
	}

}
