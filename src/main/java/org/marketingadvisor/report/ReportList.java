package org.marketingadvisor.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consultant's list of submitted assessments, newest first: filters by date,
 * language, score range and a finding, in pages. Read from this module's own copy of each
 * submitted assessment (kept with its scores by {@link PeerScores}), so a long list does
 * not load anyone's answers and never reads the assessment table. Every page is an index
 * range: the page after (or before) a given assessment reads from that assessment on
 * (keyset), a finding filter reads the finding's index ({@link FindingIndex}); only a
 * page asked for by its number alone skips rows (an offset).
 */
@Component
class ReportList {

	static final int PAGE_SIZE = 25;

	/** Rows fetched at a time while the whole list is streamed (the CSV). */
	static final int FETCH_SIZE = 500;

	/** What to show; any field may be empty; {@code page} counts from 0. */
	record Filter(LocalDate from, LocalDate to, String lang, Integer minScore, Integer maxScore, String finding,
			int page) {
	}

	/** One submitted assessment as listed. */
	record Row(UUID id, String token, Instant submittedAt, String companyLabel, String lang, Integer score,
			String rulesetVersion) {

		Cursor cursor() {
			return new Cursor(submittedAt, id);
		}

	}

	/**
	 * A place in the list: an assessment's submission time and id, the list's order. As
	 * text (in links): {@code 2026-12-02T03:04:05.123456Z_<id>}.
	 */
	record Cursor(Instant submittedAt, UUID id) {

		String text() {
			return submittedAt + "_" + id;
		}

		static Optional<Cursor> parse(String text) {
			int split = text == null ? -1 : text.lastIndexOf('_');
			if (split < 0) {
				return Optional.empty();
			}
			try {
				return Optional.of(new Cursor(Instant.parse(text.substring(0, split).strip()),
						UUID.fromString(text.substring(split + 1).strip())));
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

	}

	/** One page, and whether there are newer and older rows around it. */
	record Page(List<Row> rows, boolean newer, boolean older) {
	}

	private static final String COLUMNS = "SELECT s.assessment_id, s.token, s.submitted_at, s.company_label, s.lang, "
			+ "s.overall, s.ruleset_version";

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	ReportList(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
		// PostgreSQL's driver fetches rows in batches only with autocommit off, that is
		// in
		// a transaction; without one it reads the whole result into memory
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** A filter's rows as SQL: {@code k} is the table the order is read from. */
	private record Query(StringBuilder sql, List<Object> params) {

		static Query of(String select, Filter filter) {
			Query q = new Query(new StringBuilder(select), new ArrayList<>());
			if (filter.finding() != null) {
				q.sql.append(" FROM assessment_finding k JOIN assessment_score s ON s.assessment_id = k.assessment_id")
					.append(" WHERE k.finding = ? AND s.token IS NOT NULL");
				q.params.add(filter.finding());
			}
			else {
				q.sql.append(" FROM assessment_score s WHERE s.token IS NOT NULL");
			}
			String k = filter.finding() != null ? "k" : "s";
			if (filter.from() != null) {
				q.and(k + ".submitted_at >= ?", Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (filter.to() != null) {
				q.and(k + ".submitted_at < ?",
						Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (filter.lang() != null) {
				q.and("s.lang = ?", filter.lang());
			}
			if (filter.minScore() != null) {
				q.and("s.overall >= ?", filter.minScore());
			}
			if (filter.maxScore() != null) {
				q.and("s.overall <= ?", filter.maxScore());
			}
			return q;
		}

		private Query and(String condition, Object param) {
			sql.append(" AND ").append(condition);
			params.add(param);
			return this;
		}

		/**
		 * Rows after (older than) or before (newer than) the cursor, in the order read:
		 * newest first after it, oldest first before it. The plain bound first lets the
		 * index range start at the cursor.
		 */
		Query from(Filter filter, Cursor cursor, boolean after) {
			String k = filter.finding() != null ? "k" : "s";
			Timestamp at = Timestamp.from(cursor.submittedAt());
			if (after) {
				sql.append(" AND ").append(k).append(".submitted_at <= ? AND (").append(k);
				sql.append(".submitted_at < ? OR ").append(k).append(".assessment_id > ?)");
			}
			else {
				sql.append(" AND ").append(k).append(".submitted_at >= ? AND (").append(k);
				sql.append(".submitted_at > ? OR ").append(k).append(".assessment_id < ?)");
			}
			params.addAll(List.of(at, at, cursor.id()));
			return order(filter, after);
		}

		Query order(Filter filter, boolean newestFirst) {
			String k = filter.finding() != null ? "k" : "s";
			sql.append(newestFirst ? " ORDER BY " + k + ".submitted_at DESC, " + k + ".assessment_id"
					: " ORDER BY " + k + ".submitted_at, " + k + ".assessment_id DESC");
			return this;
		}

		Query limit(int limit, long offset) {
			sql.append(" LIMIT ? OFFSET ?");
			params.add(limit);
			params.add(offset);
			return this;
		}

	}

	/**
	 * The page after {@code after}, or else before {@code before}, or else the filter's
	 * page by its number.
	 */
	Page page(Filter filter, Cursor after, Cursor before) {
		if (after != null) {
			List<Row> rows = list(Query.of(COLUMNS, filter).from(filter, after, true).limit(PAGE_SIZE + 1, 0));
			return new Page(first(rows), true, rows.size() > PAGE_SIZE);
		}
		if (before != null) {
			List<Row> rows = new ArrayList<>(
					list(Query.of(COLUMNS, filter).from(filter, before, false).limit(PAGE_SIZE + 1, 0)));
			boolean newer = rows.size() > PAGE_SIZE;
			List<Row> page = new ArrayList<>(first(rows));
			Collections.reverse(page);
			return new Page(page, newer, true);
		}
		List<Row> rows = list(
				Query.of(COLUMNS, filter).order(filter, true).limit(PAGE_SIZE + 1, (long) filter.page() * PAGE_SIZE));
		return new Page(first(rows), filter.page() > 0, rows.size() > PAGE_SIZE);
	}

	private static List<Row> first(List<Row> rows) {
		return rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
	}

	/** How many rows match, counting no further than {@code limit}. */
	long count(Filter filter, long limit) {
		Query q = Query.of("SELECT 1", filter).limit((int) Math.min(Integer.MAX_VALUE, limit), 0);
		return jdbc.sql("SELECT COUNT(*) FROM (" + q.sql() + ") c").params(q.params()).query(Long.class).single();
	}

	/** How many rows match. */
	long count(Filter filter) {
		Query q = Query.of("SELECT COUNT(*)", filter);
		return jdbc.sql(q.sql().toString()).params(q.params()).query(Long.class).single();
	}

	/**
	 * Every matching row, newest first, read from the database {@value #FETCH_SIZE} at a
	 * time: memory stays the same however long the list.
	 */
	void each(Filter filter, Consumer<Row> consumer) {
		Query q = Query.of(COLUMNS, filter).order(filter, true);
		RowCallbackHandler each = rs -> consumer.accept(row(rs));
		readOnly.executeWithoutResult(status -> streaming.query(q.sql().toString(), each, q.params().toArray()));
	}

	private List<Row> list(Query q) {
		return jdbc.sql(q.sql().toString()).params(q.params()).query((rs, i) -> row(rs)).list();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
				rs.getString(5), (Integer) rs.getObject(6), rs.getString(7));
	}

}
