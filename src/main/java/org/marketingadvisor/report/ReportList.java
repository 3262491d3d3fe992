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
 * language, score range and a finding, in pages. Read straight from the tables, so a long
 * list does not load anyone's answers.
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
		StringBuilder sql = new StringBuilder("SELECT a.token, a.submitted_at, a.company_label, a.lang, s.overall, "
				+ "a.ruleset_version FROM assessment a LEFT JOIN assessment_score s ON s.assessment_id = a.id "
				+ "WHERE a.status = 'SUBMITTED'");
		List<Object> params = new ArrayList<>();
		if (filter.from() != null) {
			sql.append(" AND a.submitted_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" AND a.submitted_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.lang() != null) {
			sql.append(" AND a.lang = ?");
			params.add(filter.lang());
		}
		if (filter.minScore() != null) {
			sql.append(" AND s.overall >= ?");
			params.add(filter.minScore());
		}
		if (filter.maxScore() != null) {
			sql.append(" AND s.overall <= ?");
			params.add(filter.maxScore());
		}
		if (filter.finding() != null) {
			// the stored evaluation lists each finding as {"id":"finding.x",...}
			sql.append(" AND a.result LIKE ?");
			params.add("%\"id\":\"" + filter.finding() + "\"%");
		}
		sql.append(" ORDER BY a.submitted_at DESC, a.id");
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
