package org.marketingadvisor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Grows a database that the application has already filled with some submitted
 * assessments ({@link SeedAssessments}, the application's own submission path) to N
 * assessments, fast: every new assessment is a copy of one of the first
 * {@value #TEMPLATES} stored ones, made by the database itself
 * ({@code INSERT ... SELECT}), with a new id, token, label and submission time (copy
 * number n is n seconds older than its template, so the list has a long history),
 * together with the rows the report module keeps for it (its scores, area scores and
 * findings index); the running peer sums are then recomputed from the score rows, as
 * migration V9 fills them. The copies are exactly what the application stored for their
 * templates, so the pages, the CSV and the impact preview read rows of the real shape and
 * size.
 *
 * <p>
 * Copies are made {@value #CHUNK} to a transaction through a small mapping table (copy
 * number, new id, template id) that is emptied after each chunk.
 */
public final class BulkCopies {

	static final int TEMPLATES = 1000;

	static final int CHUNK = 50_000;

	private final Connection db;

	private final boolean postgres;

	private BulkCopies(Connection db) throws SQLException {
		this.db = db;
		this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
	}

	/**
	 * {@code BulkCopies <jdbc-url> <target> [user password]}: grows a database on its
	 * own.
	 */
	public static void main(String[] args) throws SQLException {
		long started = System.nanoTime();
		long added = grow(args[0], args.length > 3 ? args[2] : null, args.length > 3 ? args[3] : null,
				Long.parseLong(args[1].replace("_", "")));
		System.out.printf("added %,d copies in %.1f s%n", added, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Grows the database at {@code url} to {@code target} submitted assessments; returns
	 * how many it added.
	 */
	static long grow(String url, String user, String password, long target) throws SQLException {
		try (Connection db = connect(url, user, password)) {
			return new BulkCopies(db).growTo(target);
		}
	}

	/**
	 * How many submitted assessments the database holds (0 when it has no tables yet).
	 */
	static long submitted(String url, String user, String password) throws SQLException {
		try (Connection db = connect(url, user, password);
				ResultSet tables = db.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				if (tables.getString("TABLE_NAME").equalsIgnoreCase("assessment")) {
					return new BulkCopies(db).count("SELECT COUNT(*) FROM assessment WHERE status = 'SUBMITTED'");
				}
			}
			return 0;
		}
	}

	/** H2 (no user given): Spring Boot's default user for an embedded database. */
	private static Connection connect(String url, String user, String password) throws SQLException {
		return user == null ? DriverManager.getConnection(url, "sa", "")
				: DriverManager.getConnection(url, user, password);
	}

	private long growTo(long target) throws SQLException {
		long have = count("SELECT COUNT(*) FROM assessment WHERE status = 'SUBMITTED'");
		if (have >= target) {
			return 0;
		}
		db.setAutoCommit(false);
		try (Statement sql = db.createStatement()) {
			sql.execute("DROP TABLE IF EXISTS bench_template");
			sql.execute("DROP TABLE IF EXISTS bench_copy");
			sql.execute("CREATE TABLE bench_template (k INTEGER PRIMARY KEY, id UUID NOT NULL)");
			sql.execute("CREATE TABLE bench_copy (n BIGINT PRIMARY KEY, id UUID NOT NULL, template UUID NOT NULL)");
			// the templates: the latest stored submissions (the application's own rows:
			// copies
			// are older than every one of them)
			sql.execute("INSERT INTO bench_template (k, id) SELECT ROW_NUMBER() OVER (ORDER BY s.assessment_id) - 1, "
					+ "s.assessment_id FROM (SELECT assessment_id FROM assessment_score ORDER BY submitted_at DESC, "
					+ "assessment_id LIMIT " + TEMPLATES + ") s");
			db.commit();
			long templates = count("SELECT COUNT(*) FROM bench_template");
			if (templates == 0) {
				throw new IllegalStateException("no stored assessment to copy: seed some first");
			}
			long added = 0;
			while (have < target) {
				long from = have;
				long to = Math.min(target, have + CHUNK);
				sql.execute("INSERT INTO bench_copy (n, id, template) SELECT r.x, " + newId() + ", t.id FROM "
						+ range(from, to - 1) + " JOIN bench_template t ON t.k = MOD(r.x, " + templates + ")");
				String older = older("a.submitted_at", "c.n");
				sql.execute("INSERT INTO assessment (id, token, company_label, lang, status, answers, current_section, "
						+ "result, ruleset_version, started_at, last_saved_at, submitted_at, row_version, previous_id) "
						+ "SELECT c.id, " + token() + ", CONCAT('Copied company ', CAST(c.n AS VARCHAR(20))), a.lang, "
						+ "a.status, a.answers, a.current_section, a.result, a.ruleset_version, "
						+ older("a.started_at", "c.n") + ", " + older + ", " + older
						+ ", 0, NULL FROM bench_copy c JOIN assessment a ON a.id = c.template");
				String olderScore = older("s.submitted_at", "c.n");
				sql.execute("INSERT INTO assessment_score (assessment_id, overall, scored_at, token, submitted_at, "
						+ "company_label, lang, ruleset_version, findings) SELECT c.id, s.overall, s.scored_at, n.token, "
						+ olderScore + ", n.company_label, s.lang, s.ruleset_version, s.findings "
						+ "FROM bench_copy c JOIN assessment_score s ON s.assessment_id = c.template "
						+ "JOIN assessment n ON n.id = c.id");
				sql.execute(
						"INSERT INTO assessment_area_score (assessment_id, area, score) SELECT c.id, s.area, s.score "
								+ "FROM bench_copy c JOIN assessment_area_score s ON s.assessment_id = c.template");
				sql.execute("INSERT INTO assessment_finding (assessment_id, finding, submitted_at) "
						+ "SELECT c.id, f.finding, " + older("f.submitted_at", "c.n")
						+ " FROM bench_copy c JOIN assessment_finding f ON f.assessment_id = c.template");
				sql.execute("DELETE FROM bench_copy");
				db.commit();
				added += to - from;
				have = to;
				System.out.printf("  %,d assessments%n", have);
			}
			// the running sums, as V9 computes them from the score rows
			sql.execute("DELETE FROM peer_score_sum");
			sql.execute("INSERT INTO peer_score_sum (area, stripe, assessments, total) "
					+ "SELECT '*', 0, COUNT(*), SUM(overall) FROM assessment_score HAVING COUNT(*) > 0");
			sql.execute("INSERT INTO peer_score_sum (area, stripe, assessments, total) "
					+ "SELECT area, 0, COUNT(*), SUM(score) FROM assessment_area_score GROUP BY area");
			sql.execute("DROP TABLE bench_copy");
			sql.execute("DROP TABLE bench_template");
			db.commit();
			if (postgres) {
				db.setAutoCommit(true);
				sql.execute("VACUUM ANALYZE");
			}
			return added;
		}
	}

	private String range(long from, long to) {
		return postgres ? "generate_series(" + from + ", " + to + ") AS r(x)"
				: "SYSTEM_RANGE(" + from + ", " + to + ") r(x)";
	}

	private String newId() {
		return postgres ? "gen_random_uuid()" : "RANDOM_UUID()";
	}

	private String token() {
		return "REPLACE(CAST(c.id AS VARCHAR(36)), '-', '')";
	}

	private String older(String time, String seconds) {
		return postgres ? time + " - (" + seconds + ") * INTERVAL '1 second'"
				: "DATEADD(SECOND, -(" + seconds + "), " + time + ")";
	}

	private long count(String query) throws SQLException {
		try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
