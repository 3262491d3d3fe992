package org.marketingadvisor.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.assessment.AssessmentSubmitted;
import org.marketingadvisor.assessment.VersionKnowledge;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.engine.RuleEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every submitted assessment's scores and answers the peer comparison with averages
 * only, and only once there are enough assessments that no average gives away one
 * company. Scores are written when an assessment is submitted, in the submission's own
 * transaction (and, at start-up, for any submitted before this existed), with what the
 * list shows, the findings index ({@link FindingIndex}) and the running sums the averages
 * are read from ({@link PeerSums}).
 */
@Component
class PeerScores implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PeerScores.class);

	/** Averages over {@code assessments} submitted assessments. */
	record Averages(int assessments, int overall, Map<String, Integer> areas) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final RuleEngine engine;

	private final AssessmentService assessments;

	private final ReportProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final VersionKnowledge versions;

	private final FindingIndex findings;

	private final PeerSums sums;

	PeerScores(JdbcClient jdbc, RuleEngine engine, AssessmentService assessments, ReportProperties properties,
			Clock clock, PlatformTransactionManager transactions, VersionKnowledge versions, FindingIndex findings,
			PeerSums sums, DataSource dataSource) {
		this.jdbc = jdbc;
		this.batch = new JdbcTemplate(dataSource);
		this.findings = findings;
		this.sums = sums;
		this.versions = versions;
		// joins the submission's transaction: the scores commit (or roll back) with the
		// assessment on its one connection, so no submission is stored without scores and
		// no request holds a second connection; at start-up it begins one of its own
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.engine = engine;
		this.assessments = assessments;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs synchronously inside the submitting transaction (the assessment row is already
	 * flushed): a failure here rolls the submission back, so it is never acknowledged
	 * without scores.
	 */
	@EventListener
	void onSubmitted(AssessmentSubmitted event) {
		store(Listed.of(event), Scorecard.of(event.evaluation(), knowledgeOf(event.evaluation())));
	}

	/**
	 * What the consultant's list shows of a submitted assessment ({@link ReportList}).
	 */
	record Listed(UUID assessment, String token, Instant submittedAt, String companyLabel, String lang,
			String rulesetVersion, List<String> findingIds) {

		/** The ids of the findings, each between spaces: " finding.a finding.b ". */
		String findings() {
			return " " + findingIds.stream().map(id -> id + " ").collect(Collectors.joining());
		}

		static Listed of(AssessmentSubmitted e) {
			return of(e.assessmentId(), e.token(), e.submittedAt(), e.companyLabel(), e.lang(), e.evaluation());
		}

		static Listed of(Assessment a, Evaluation evaluation) {
			return of(a.getId(), a.getToken(), a.getSubmittedAt(), a.getCompanyLabel(), a.getLang(), evaluation);
		}

		private static Listed of(UUID id, String token, Instant submittedAt, String companyLabel, String lang,
				Evaluation evaluation) {
			return new Listed(id, token, submittedAt, companyLabel, lang, evaluation.rulesetVersion(),
					FindingIndex.ids(evaluation));
		}

	}

	/**
	 * Scores come from the knowledge base of the version that evaluated, as the report
	 * does: a swap between evaluating and scoring, or a later rollback, changes neither.
	 */
	private KnowledgeBase knowledgeOf(Evaluation evaluation) {
		return versions.knowledgeBase(evaluation.rulesetVersion()).orElseGet(() -> engine.current().knowledgeBase());
	}

	void store(Listed listed, Scorecard scores) {
		transaction.executeWithoutResult(status -> insert(listed, scores));
	}

	private void insert(Listed listed, Scorecard scores) {
		UUID assessment = listed.assessment();
		jdbc.sql("INSERT INTO assessment_score (assessment_id, overall, scored_at, token, submitted_at, company_label, "
				+ "lang, ruleset_version, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(assessment, scores.overall(), Timestamp.from(clock.instant()), listed.token(),
					Timestamp.from(listed.submittedAt()), listed.companyLabel(), listed.lang(), listed.rulesetVersion(),
					listed.findings())
			.update();
		// one round trip for every area
		batch.batchUpdate("INSERT INTO assessment_area_score (assessment_id, area, score) VALUES (?, ?, ?)",
				scores.areas()
					.entrySet()
					.stream()
					.map(e -> new Object[] { assessment, e.getKey(), e.getValue() })
					.toList());
		findings.write(assessment, listed.submittedAt(), listed.findingIds());
		// last: a failure anywhere before leaves the sums as they were, with the rest
		sums.add(assessment, scores.overall(), scores.areas());
	}

	/** The averages, if at least the configured number of assessments were submitted. */
	Optional<Averages> averages() {
		Map<String, PeerSums.Sum> all = sums.sums();
		PeerSums.Sum overall = all.remove(PeerSums.OVERALL);
		if (overall == null || overall.assessments() < Math.max(1, properties.peerMinimum())) {
			return Optional.empty();
		}
		Map<String, Integer> areas = new LinkedHashMap<>();
		all.forEach((area, sum) -> areas.put(area, sum.average()));
		return Optional.of(new Averages((int) overall.assessments(), overall.average(), areas));
	}

	private List<UUID> unscored() {
		Set<UUID> scored = new HashSet<>(
				jdbc.sql("SELECT assessment_id FROM assessment_score").query(UUID.class).list());
		return assessments.submittedIds().stream().filter(id -> !scored.contains(id)).toList();
	}

	/**
	 * Scores the submitted assessments that have none yet (submitted before scores were
	 * kept).
	 */
	@Override
	public void run(ApplicationArguments args) {
		// scores are written only for submitted assessments (and refer to them), so as
		// many
		// scores as submissions means none is missing: no need to read every id at each
		// start
		long scoredCount = jdbc.sql("SELECT COUNT(*) FROM assessment_score").query(Long.class).single();
		List<UUID> missing = scoredCount == assessments.submittedCount() ? List.of() : unscored();
		for (UUID id : missing) {
			assessments.findById(id).ifPresent(a -> {
				Evaluation result = assessments.result(a);
				store(Listed.of(a, result), Scorecard.of(result, knowledgeOf(result)));
			});
		}
		if (!missing.isEmpty()) {
			log.info("Scored {} submitted assessment(s) that had no scores yet", missing.size());
		}
		// scored before the list read its own copy (V8): copy what it shows once
		List<UUID> unlisted = jdbc.sql("SELECT assessment_id FROM assessment_score WHERE token IS NULL")
			.query(UUID.class)
			.list();
		for (UUID id : unlisted) {
			assessments.findById(id).ifPresent(a -> {
				Listed l = Listed.of(a, assessments.result(a));
				jdbc.sql("UPDATE assessment_score SET token = ?, submitted_at = ?, company_label = ?, lang = ?, "
						+ "ruleset_version = ?, findings = ? WHERE assessment_id = ?")
					.params(l.token(), Timestamp.from(l.submittedAt()), l.companyLabel(), l.lang(), l.rulesetVersion(),
							l.findings(), id)
					.update();
				findings.replace(id, l.submittedAt(), l.findingIds());
			});
		}
	}

}
