package org.marketingadvisor.impact;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Problems;
import org.marketingadvisor.ruleset.RollbackPreview;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.stereotype.Service;

/**
 * What a draft would do to real clients' reports before it goes live: every stored,
 * submitted assessment is evaluated again with the draft and with the live version, in
 * the background, and the two compared: how many reports change, which findings and
 * recommendations appear or disappear how often, and what changes for each assessment.
 * Stored assessments are only read, through the assessments' own API.
 */
@Service
public class ImpactPreview implements RollbackPreview {

	private static final Log log = LogFactory.getLog(ImpactPreview.class);

	/** How many finished previews are kept in memory. */
	static final int KEPT = 20;

	/** A stored assessment as the preview reads it. */
	public record Stored(UUID id, String token, String company, Instant submittedAt, Lang lang, String answers) {
	}

	/** What changes for one assessment. */
	public record Change(Stored assessment, List<String> gainedRecommendations, List<String> lostRecommendations,
			List<String> gainedFindings, List<String> lostFindings, boolean draftRefusesAnswers) {

		boolean changes() {
			return draftRefusesAnswers || !gainedRecommendations.isEmpty() || !lostRecommendations.isEmpty()
					|| !gainedFindings.isEmpty() || !lostFindings.isEmpty();
		}

	}

	/**
	 * The comparison over {@code total} assessments: {@code unfit} counts those whose
	 * answers the live questionnaire no longer accepts (not compared), {@code changed}
	 * those whose report would change; {@code changes} lists the most recently submitted
	 * of them (at most {@link ImpactPages#LISTED}), newest first. {@code complete} is
	 * false when the run was cancelled: the figures then cover the assessments compared
	 * so far.
	 */
	public record Report(int total, int unfit, int changed, List<Change> changes,
			Map<String, Integer> recommendationsAppear, Map<String, Integer> recommendationsDisappear,
			Map<String, Integer> findingsAppear, Map<String, Integer> findingsDisappear, long millis,
			boolean complete) {
	}

	/**
	 * A quick estimate from a random sample of {@code sampled} of {@code population}
	 * assessments: the share of reports that would change, with its 95 % margin (normal
	 * approximation with the finite-population correction).
	 */
	public record Estimate(int sampled, int changed, long population, long millis) {

		public double share() {
			return sampled == 0 ? 0 : (double) changed / sampled;
		}

		public double margin() {
			if (sampled == 0) {
				return 0;
			}
			double p = share();
			double correction = population > 1 ? (double) (population - sampled) / (population - 1) : 0;
			return 1.96 * Math.sqrt(p * (1 - p) / sampled * Math.max(0, correction));
		}

		/** The share and its margin in per cent, for the page. */
		public double percent() {
			return 100 * share();
		}

		public double marginPercent() {
			return 100 * margin();
		}

	}

	private final AssessmentService assessments;

	private final VersionStore store;

	private final RuleEngine engine;

	private final RuleSetVersions versions;

	private final Clock clock;

	private final Map<UUID, ImpactJob> jobs = new ConcurrentHashMap<>();

	/** How many assessments the quick estimate samples, when there are more. */
	static final int SAMPLE = 10_000;

	/**
	 * The longest the quick estimate samples for (on a busy or slow server it then
	 * estimates from the assessments compared so far, with a wider margin).
	 */
	static final Duration SAMPLE_TIME = Duration.ofSeconds(3);

	/** The evaluating threads: one per core. */
	private final int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

	private final ExecutorService evaluators = Executors.newFixedThreadPool(workers, r -> {
		Thread t = new Thread(r, "impact-evaluate");
		t.setDaemon(true);
		return t;
	});

	/** Previews run one after the other, off the request threads. */
	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "impact-preview");
		t.setDaemon(true);
		return t;
	});

	ImpactPreview(AssessmentService assessments, VersionStore store, RuleEngine engine, RuleSetVersions versions,
			Optional<Clock> clock) {
		this.assessments = assessments;
		this.store = store;
		this.engine = engine;
		this.versions = versions;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Starts a preview of a draft against the live version; returns at once. With more
	 * than {@link #SAMPLE} stored assessments it first estimates on a random sample of
	 * that many, then compares them all.
	 */
	public ImpactJob start(UUID draftId) {
		return start(draftId, SAMPLE);
	}

	/**
	 * The first step of a rollback: the published version compared with the live one, as
	 * a draft would be; its page asks for the rollback's confirmation.
	 */
	@Override
	public String start(int number, UUID versionId, String message) {
		Version version = store.byId(versionId).orElseThrow(() -> new RuleSetVersions.NoSuchDraft(versionId));
		return "/consultant/rules/impact/"
				+ start(version, new ImpactJob.Rollback(number, message == null ? "" : message), SAMPLE).id();
	}

	ImpactJob start(UUID draftId, int sampleSize) {
		Version draft = store.byId(draftId).orElseThrow(() -> new RuleSetVersions.NoSuchDraft(draftId));
		return start(draft, null, sampleSize);
	}

	private ImpactJob start(Version draft, ImpactJob.Rollback rollback, int sampleSize) {
		ImpactJob job = new ImpactJob(draft, versions.liveNumber(), clock.instant(), rollback);
		jobs.put(job.id(), job);
		forgetOld();
		runner.submit(() -> run(job, sampleSize));
		return job;
	}

	public Optional<ImpactJob> job(UUID id) {
		return Optional.ofNullable(jobs.get(id));
	}

	private void run(ImpactJob job, int sampleSize) {
		try {
			Content content = store.content(job.draft().id());
			RuleSet draft;
			try {
				draft = content.build(4);
			}
			catch (RuntimeException ex) {
				job.failed(Problems.of(ex));
				return;
			}
			RuleSet live = engine.current();
			job.ruleSets(draft, live);
			long population = assessments.submittedCount();
			if (population > sampleSize) {
				job.phase(sampleSize, true);
				// ids are random: the ones after a random id are a random sample
				long until = System.nanoTime() + SAMPLE_TIME.toNanos();
				Report sample = new ImpactRun(live, draft, job.progress(),
						() -> job.cancelled() || System.nanoTime() - until > 0)
					.run(this::page, UUID.randomUUID(), sampleSize, evaluators, workers);
				if (job.cancelled()) {
					job.complete(sample);
					return;
				}
				job.estimate(new Estimate(sample.total(), sample.changed(), population, sample.millis()));
				log.info(String.format("Impact estimate of draft %s: %d of %d sampled reports change (%d ms)",
						job.draft().id(), sample.changed(), sample.total(), sample.millis()));
			}
			job.phase((int) Math.min(Integer.MAX_VALUE, population), false);
			job.complete(new ImpactRun(live, draft, job.progress(), job::cancelled).run(this::page, null,
					Integer.MAX_VALUE, evaluators, workers));
			log.info(String.format("Impact preview of draft %s: %d of %d reports change (%d ms)%s", job.draft().id(),
					job.report().changed(), job.report().total(), job.report().millis(),
					job.report().complete() ? "" : ", cancelled"));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			job.failed(List.of(Problem.text(ex.toString())));
		}
		catch (RuntimeException ex) {
			log.error("Impact preview of draft " + job.draft().id() + " failed", ex);
			job.failed(List.of(Problem.text(ex.toString())));
		}
	}

	/** A keyset page of submitted assessments, as the assessments' own API gives them. */
	private List<Stored> page(UUID after, int limit) {
		return assessments.submittedAnswersAfter(after, limit)
			.stream()
			.map(a -> new Stored(a.id(), a.token(), a.companyLabel(), a.submittedAt(),
					Lang.parse(a.lang()).orElse(Lang.DEFAULT), a.answers()))
			.toList();
	}

	private void forgetOld() {
		if (jobs.size() > KEPT) {
			jobs.values()
				.stream()
				.filter(ImpactJob::finished)
				.sorted(Comparator.comparing(ImpactJob::started))
				.limit(jobs.size() - KEPT)
				.forEach(j -> jobs.remove(j.id()));
		}
	}

}
