package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestClock;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.TestDatabase;
import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the report module keeps per submission besides the scores: the findings index and
 * the running peer sums. Both follow every submission, in its transaction (a submission
 * that fails half-way leaves no row anywhere), the sums give the same averages as
 * aggregating every score row, and the list's keyset pages are the pages by number. Run
 * on H2 ({@link ReportIndexTests}) and on PostgreSQL ({@link PostgresReportIndexTests}).
 */
abstract class ReportIndexContract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A bean of the application under test. */
	abstract <T> T bean(Class<T> type);

	/** Makes every later write to the peer sums fail (a check no row passes). */
	abstract void refusePeerSums();

	abstract void allowPeerSums();

	JdbcClient jdbc() {
		return bean(JdbcClient.class);
	}

	Assessment submit(String scenario, Lang lang, String label) {
		RuleSet rules = bean(RuleEngine.class).current();
		JsonNode raw = JSON.valueToTree(TestContent.scenarioAnswers(scenario));
		return bean(AssessmentService.class).submitNew(lang, label, raw,
				new AnswerValidator(rules.knowledgeBase(), lang).validate(raw).answers(), rules);
	}

	private List<String> scenarios() {
		return ReportTestSupport.companies().stream().map(s -> s.scenario().id()).toList();
	}

	private long count(String table) {
		return jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private Map<String, List<Long>> sums() {
		Map<String, List<Long>> sums = new LinkedHashMap<>();
		bean(PeerSums.class).sums().forEach((area, s) -> sums.put(area, List.of(s.assessments(), s.total())));
		return sums;
	}

	@Test
	void everySubmissionIsIndexedAndSummedAsTheFullAggregateSays() {
		TestDatabase.clearAssessments(jdbc());
		List<String> scenarios = scenarios();
		List<Assessment> stored = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			stored.add(submit(scenarios.get(i % scenarios.size()), Lang.EN, "Index " + i));
		}
		AssessmentService assessments = bean(AssessmentService.class);
		for (Assessment a : stored) {
			Set<String> indexed = new HashSet<>(
					jdbc().sql("SELECT finding FROM assessment_finding WHERE assessment_id = ?")
						.param(a.getId())
						.query(String.class)
						.list());
			assertThat(indexed).as("findings of %s", a.getCompanyLabel())
				.isEqualTo(new HashSet<>(
						FindingIndex.ids(assessments.result(assessments.findById(a.getId()).orElseThrow()))));
		}
		assertThat(count("assessment_finding")).isGreaterThan(stored.size());

		// the running sums are the sums over every score row
		Map<String, List<Long>> full = new LinkedHashMap<>();
		full.put(PeerSums.OVERALL,
				jdbc().sql("SELECT COUNT(*), SUM(overall) FROM assessment_score")
					.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2)))
					.single());
		jdbc().sql("SELECT area, COUNT(*), SUM(score) FROM assessment_area_score GROUP BY area")
			.query((rs, i) -> Map.entry(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3))))
			.list()
			.forEach(e -> full.put(e.getKey(), e.getValue()));
		assertThat(sums()).isEqualTo(full);

		// and the averages shown are those the full aggregate gave before
		PeerScores.Averages averages = bean(PeerScores.class).averages().orElseThrow();
		record Average(long count, double average) {
		}
		Average overall = jdbc().sql("SELECT COUNT(*), AVG(CAST(overall AS DOUBLE PRECISION)) FROM assessment_score")
			.query((rs, i) -> new Average(rs.getLong(1), rs.getDouble(2)))
			.single();
		assertThat(averages.assessments()).isEqualTo(stored.size()).isEqualTo((int) overall.count());
		assertThat(averages.overall()).isEqualTo((int) Math.round(overall.average()));
		Map<String, Integer> areas = new LinkedHashMap<>();
		jdbc().sql("SELECT area, AVG(CAST(score AS DOUBLE PRECISION)) FROM assessment_area_score GROUP BY area")
			.query((rs, i) -> Map.entry(rs.getString(1), (int) Math.round(rs.getDouble(2))))
			.list()
			.forEach(e -> areas.put(e.getKey(), e.getValue()));
		assertThat(averages.areas()).isEqualTo(areas).hasSizeGreaterThan(3);
	}

	@Test
	void concurrentSubmissionsAddUpExactly() throws Exception {
		TestDatabase.clearAssessments(jdbc());
		List<String> scenarios = scenarios();
		int threads = 4;
		int each = 6;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				// every thread starts on empty sums: first rows of a stripe race to be
				// inserted
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						submit(scenarios.get((thread + i) % scenarios.size()), Lang.EN, "Concurrent " + thread);
					}
				}));
			}
			for (Future<?> f : done) {
				f.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(sums().get(PeerSums.OVERALL))
			.isEqualTo(jdbc().sql("SELECT COUNT(*), SUM(overall) FROM assessment_score")
				.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2)))
				.single())
			.first()
			.isEqualTo((long) threads * each);
	}

	@Test
	void aSubmissionThatFailsHalfWayLeavesNoRowAnywhere() {
		submit(scenarios().get(0), Lang.RU, "Before the failure");
		List<String> tables = List.of("assessment", "assessment_score", "assessment_area_score", "assessment_finding");
		Map<String, Long> before = new LinkedHashMap<>();
		tables.forEach(t -> before.put(t, count(t)));
		Map<String, List<Long>> sumsBefore = sums();
		refusePeerSums();
		try {
			// the sums are written last: the assessment, its scores and its findings are
			// in the transaction when it fails
			assertThatThrownBy(() -> submit(scenarios().get(1), Lang.RU, "Fails half-way")).isNotNull();
		}
		finally {
			allowPeerSums();
		}
		Map<String, Long> after = new LinkedHashMap<>();
		tables.forEach(t -> after.put(t, count(t)));
		assertThat(after).isEqualTo(before);
		assertThat(sums()).isEqualTo(sumsBefore);
		assertThat(jdbc().sql("SELECT COUNT(*) FROM assessment_score WHERE company_label = ?")
			.param("Fails half-way")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void pagesAfterAndBeforeASubmissionAreThePagesByNumber() {
		TestDatabase.clearAssessments(jdbc());
		TestClock clock = bean(TestClock.class);
		List<String> scenarios = scenarios();
		clock.freeze();
		try {
			for (int i = 0; i < ReportList.PAGE_SIZE * 2 + 7; i++) {
				// three at a time share one instant: ties are ordered by id
				if (i % 3 == 0) {
					clock.advance(Duration.ofSeconds(1));
				}
				submit(scenarios.get(i % scenarios.size()), i % 2 == 0 ? Lang.EN : Lang.UK, "Page " + i);
			}
		}
		finally {
			clock.reset();
		}
		ReportList list = bean(ReportList.class);
		String common = jdbc()
			.sql("SELECT finding FROM assessment_finding GROUP BY finding ORDER BY COUNT(*) DESC, finding LIMIT 1")
			.query(String.class)
			.single();
		for (ReportList.Filter filter : List.of(filter(null, null, 0), filter(null, common, 0),
				filter("uk", common, 0))) {
			List<List<UUID>> byNumber = new ArrayList<>();
			for (int page = 0;; page++) {
				ReportList.Page p = list.page(filter(filter.lang(), filter.finding(), page), null, null);
				byNumber.add(ids(p));
				if (!p.older()) {
					break;
				}
			}
			assertThat(byNumber.stream().mapToInt(List::size).sum()).as("rows of %s", filter)
				.isEqualTo((int) list.count(filter));
			// forwards from the first page, each page after the last row of the one
			// before
			List<List<UUID>> forwards = new ArrayList<>();
			ReportList.Page p = list.page(filter, null, null);
			forwards.add(ids(p));
			List<ReportList.Page> walked = new ArrayList<>(List.of(p));
			while (p.older()) {
				p = list.page(filter, p.rows().get(p.rows().size() - 1).cursor(), null);
				forwards.add(ids(p));
				walked.add(p);
			}
			assertThat(forwards).as("keyset pages of %s", filter).isEqualTo(byNumber);
			// the streamed list (the CSV's) is the pages one after another
			List<UUID> streamed = new ArrayList<>();
			list.each(filter, row -> streamed.add(row.id()));
			assertThat(streamed).isEqualTo(byNumber.stream().flatMap(List::stream).toList());
			// and back, each page before the first row of the one after
			for (int i = walked.size() - 1; i > 0; i--) {
				ReportList.Page back = list.page(filter, null, walked.get(i).rows().get(0).cursor());
				assertThat(ids(back)).isEqualTo(byNumber.get(i - 1));
				assertThat(back.newer()).isEqualTo(i - 1 > 0);
			}
		}
		ListCount counted = new ListCount(list, clock, 20);
		assertThat(counted.of(filter(null, null, 0)))
			.isEqualTo(new ListCount.Count(ReportList.PAGE_SIZE * 2 + 7, false));
		assertThat(counted.of(filter("uk", common, 0)).exact()).isEqualTo(list.count(filter("uk", common, 0)) <= 20);
		assertThat(new ListCount(list, clock, 1_000).of(filter(null, null, 3)))
			.isEqualTo(new ListCount.Count(ReportList.PAGE_SIZE * 2 + 7, true));
		// the full count off the request: "more than 20" until it is known, one count
		// queued however often the page is asked for, "about N" after it ran
		List<Runnable> queued = new ArrayList<>();
		ListCount later = new ListCount(list, clock, 20, queued::add);
		assertThat(later.of(filter(null, null, 0))).isEqualTo(new ListCount.Count(21, false, true));
		assertThat(later.of(filter(null, null, 1))).isEqualTo(new ListCount.Count(21, false, true));
		assertThat(queued).hasSize(1);
		queued.remove(0).run();
		assertThat(later.of(filter(null, null, 0))).isEqualTo(new ListCount.Count(ReportList.PAGE_SIZE * 2 + 7, false));
		assertThat(queued).isEmpty();
	}

	private static ReportList.Filter filter(String lang, String finding, int page) {
		return new ReportList.Filter(null, null, lang, null, null, finding, page);
	}

	private static List<UUID> ids(ReportList.Page page) {
		return page.rows().stream().map(ReportList.Row::id).toList();
	}

	/**
	 * The V9 migration on a database at V8 with two listed assessments: it splits their
	 * findings text into the index and sums their scores.
	 */
	static void migrationIndexesAndSumsWhatWasListedBefore(DataSource database) {
		Flyway.configure().dataSource(database).target("8").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		UUID one = UUID.randomUUID();
		UUID two = UUID.randomUUID();
		Timestamp at = Timestamp.from(Instant.parse("2026-11-30T10:00:00Z"));
		for (UUID id : List.of(one, two)) {
			jdbc.sql("INSERT INTO assessment (id, token, lang, status, answers, result, ruleset_version, started_at, "
					+ "last_saved_at, submitted_at, row_version) VALUES (?, ?, 'en', 'SUBMITTED', '{}', '{}', 'v', ?, ?, ?, 0)")
				.params(id, id.toString(), at, at, at)
				.update();
		}
		jdbc.sql(
				"INSERT INTO assessment_score (assessment_id, overall, scored_at, token, submitted_at, lang, findings) "
						+ "VALUES (?, 40, ?, 't1', ?, 'en', ' finding.a finding.b-2 ')")
			.params(one, at, at)
			.update();
		jdbc.sql(
				"INSERT INTO assessment_score (assessment_id, overall, scored_at, token, submitted_at, lang, findings) "
						+ "VALUES (?, 81, ?, 't2', ?, 'en', ' ')")
			.params(two, at, at)
			.update();
		for (Object[] area : new Object[][] { { one, "plan", 30 }, { one, "team", 50 }, { two, "plan", 91 } }) {
			jdbc.sql("INSERT INTO assessment_area_score (assessment_id, area, score) VALUES (?, ?, ?)")
				.params(area)
				.update();
		}
		Flyway.configure().dataSource(database).load().migrate();
		assertThat(jdbc.sql("SELECT assessment_id, finding FROM assessment_finding ORDER BY finding")
			.query((rs, i) -> rs.getObject(1, UUID.class) + " " + rs.getString(2))
			.list()).containsExactly(one + " finding.a", one + " finding.b-2");
		assertThat(jdbc.sql("SELECT area, assessments, total FROM peer_score_sum ORDER BY area")
			.query((rs, i) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3))
			.list()).containsExactly("* 2 121", "plan 2 121", "team 1 50");
	}

}
