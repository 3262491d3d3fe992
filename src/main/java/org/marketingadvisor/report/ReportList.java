package org.marketingadvisor.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consultant's list of submitted assessments, newest first: filters by date,
 * language, score range and a finding, in pages. Read from this module's own copy of each
 * submitted assessment (kept with its scores by {@link PeerScores}), so a long list does
 * not load anyone's answers and never reads the assessment table.
 */
@Component
class ReportList {

	static final int PAGE_SIZE = 25;

	/** What to show; any field may be empty; {@code page} counts from 0. */
	record Filter(LocalDate from, LocalDate to, String lang, Integer minScore, Integer maxScore, String finding,
			int page) {
	}

	/** One submitted assessment as listed. */
	record Row(String token, Instant submittedAt, String companyLabel, String lang, Integer score,
			String rulesetVersion) {
	}

	private final JdbcClient jdbc;

	ReportList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page (or, with {@code all}, every row) matching the filter. */
	List<Row> find(Filter filter, boolean all) {
		StringBuilder sql = new StringBuilder(
				"SELECT token, submitted_at, company_label, lang, overall, ruleset_version FROM assessment_score "
						+ "WHERE token IS NOT NULL");
		List<Object> params = new ArrayList<>();
		if (filter.from() != null) {
			sql.append(" AND submitted_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" AND submitted_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.lang() != null) {
			sql.append(" AND lang = ?");
			params.add(filter.lang());
		}
		if (filter.minScore() != null) {
			sql.append(" AND overall >= ?");
			params.add(filter.minScore());
		}
		if (filter.maxScore() != null) {
			sql.append(" AND overall <= ?");
			params.add(filter.maxScore());
		}
		if (filter.finding() != null) {
			// each id between spaces (PeerScores writes them so)
			sql.append(" AND findings LIKE ?");
			params.add("% " + filter.finding() + " %");
		}
		sql.append(" ORDER BY submitted_at DESC, assessment_id");
		if (!all) {
			sql.append(" LIMIT ? OFFSET ?");
			params.add(PAGE_SIZE + 1);
			params.add(Math.max(0, filter.page()) * PAGE_SIZE);
		}
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, i) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					(Integer) rs.getObject(5), rs.getString(6)))
			.list();
	}

}
