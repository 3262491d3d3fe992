package org.marketingadvisor.impact;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Problems;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a draft would do to real clients' reports before it goes live: every stored,
 * submitted assessment is evaluated again with the draft and with the live version, in
 * the background, and the two compared: how many reports change, which findings and
 * recommendations appear or disappear how often, and what changes for each assessment.
 * Stored assessments are only read, through the assessments' own API.
 */
@Service
public class ImpactPreview {

	private static final Log log = LogFactory.getLog(ImpactPreview.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How many finished previews are kept in memory. */
	static final int KEPT = 20;

	/** A stored assessment as the preview reads it. */
	public record Stored(UUID id, String token, String company, Instant submittedAt, Lang lang, String answers) {
	}

	/** What changes for one assessment. */
	public record Change(Stored assessment, List<String> gainedRecommendations, List<String> lostRecommendations,
			List<String> gainedFindings, List<String> lostFindings, boolean draftRefusesAnswers) {
	}

	/**
	 * The comparison: {@code unfit} counts assessments whose answers the live
	 * questionnaire no longer accepts (not compared); {@code changes} lists every changed
	 * assessment.
	 */
	public record Report(int total, int unfit, List<Change> changes, Map<String, Integer> recommendationsAppear,
			Map<String, Integer> recommendationsDisappear, Map<String, Integer> findingsAppear,
			Map<String, Integer> findingsDisappear, long millis) {

		public int changed() {
			return changes.size();
		}

	}

	private final AssessmentService assessments;

	private final VersionStore store;

	private final RuleEngine engine;

	private final RuleSetVersions versions;

	private final Clock clock;

	private final Map<UUID, ImpactJob> jobs = new ConcurrentHashMap<>();

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

	/** Starts a preview of a draft against the live version; returns at once. */
	public ImpactJob start(UUID draftId) {
		Version draft = store.byId(draftId).orElseThrow(() -> new RuleSetVersions.NoSuchDraft(draftId));
		ImpactJob job = new ImpactJob(draft, versions.liveNumber(), clock.instant());
		jobs.put(job.id(), job);
		forgetOld();
		runner.submit(() -> run(job));
		return job;
	}

	public Optional<ImpactJob> job(UUID id) {
		return Optional.ofNullable(jobs.get(id));
	}

	private void run(ImpactJob job) {
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
			List<Stored> stored = submitted();
			job.total(stored.size());
			job.complete(compare(live, draft, stored, job.progress()));
			log.info(String.format("Impact preview of draft %s: %d of %d reports change (%d ms)", job.draft().id(),
					job.report().changed(), job.report().total(), job.report().millis()));
		}
		catch (RuntimeException ex) {
			log.error("Impact preview of draft " + job.draft().id() + " failed", ex);
			job.failed(List.of(Problem.text(ex.toString())));
		}
	}

	/**
	 * Every submitted assessment, oldest first, as the assessments' own API gives them.
	 */
	List<Stored> submitted() {
		return assessments.submittedAnswers()
			.stream()
			.map(a -> new Stored(a.id(), a.token(), a.companyLabel(), a.submittedAt(),
					Lang.parse(a.lang()).orElse(Lang.DEFAULT), a.answers()))
			.toList();
	}

	/**
	 * Evaluates every assessment with both rule sets (in parallel) and compares the
	 * findings and recommendations; {@code progress} counts the assessments done.
	 */
	static Report compare(RuleSet live, RuleSet draft, List<Stored> stored, AtomicInteger progress) {
		long start = System.nanoTime();
		boolean sameQuestionnaire = live.knowledgeBase().questions().equals(draft.knowledgeBase().questions());
		Change[] changes = new Change[stored.size()];
		boolean[] unfit = new boolean[stored.size()];
		IntStream.range(0, stored.size()).parallel().forEach(i -> {
			Stored s = stored.get(i);
			JsonNode raw = JSON.readTree(s.answers());
			AnswerValidator.Result liveAnswers = new AnswerValidator(live.knowledgeBase(), s.lang()).validate(raw);
			if (!liveAnswers.valid()) {
				unfit[i] = true;
			}
			else {
				Evaluation before = live.evaluate(liveAnswers.answers());
				Answers draftAnswers = sameQuestionnaire ? liveAnswers.answers()
						: validOrNull(new AnswerValidator(draft.knowledgeBase(), s.lang()).validate(raw));
				changes[i] = draftAnswers == null ? new Change(s, List.of(), ids(before.recommendations()), List.of(),
						findingIds(before.findings()), true) : change(s, before, draft.evaluate(draftAnswers));
			}
			progress.incrementAndGet();
		});
		List<Change> changed = new ArrayList<>();
		int unfitCount = 0;
		for (int i = 0; i < changes.length; i++) {
			unfitCount += unfit[i] ? 1 : 0;
			if (changes[i] != null && (changes[i].draftRefusesAnswers() || !changes[i].gainedRecommendations().isEmpty()
					|| !changes[i].lostRecommendations().isEmpty() || !changes[i].gainedFindings().isEmpty()
					|| !changes[i].lostFindings().isEmpty())) {
				changed.add(changes[i]);
			}
		}
		return new Report(stored.size(), unfitCount, List.copyOf(changed),
				count(changed, Change::gainedRecommendations), count(changed, Change::lostRecommendations),
				count(changed, Change::gainedFindings), count(changed, Change::lostFindings),
				(System.nanoTime() - start) / 1_000_000);
	}

	private static Answers validOrNull(AnswerValidator.Result result) {
		return result.valid() ? result.answers() : null;
	}

	private static Change change(Stored s, Evaluation before, Evaluation after) {
		Set<String> recsBefore = new TreeSet<>(ids(before.recommendations()));
		Set<String> recsAfter = new TreeSet<>(ids(after.recommendations()));
		Set<String> findingsBefore = new TreeSet<>(findingIds(before.findings()));
		Set<String> findingsAfter = new TreeSet<>(findingIds(after.findings()));
		return new Change(s, minus(recsAfter, recsBefore), minus(recsBefore, recsAfter),
				minus(findingsAfter, findingsBefore), minus(findingsBefore, findingsAfter), false);
	}

	private static List<String> ids(List<Evaluation.RecommendationResult> results) {
		return results.stream().map(Evaluation.RecommendationResult::id).toList();
	}

	private static List<String> findingIds(List<Evaluation.FindingResult> results) {
		return results.stream().map(Evaluation.FindingResult::id).toList();
	}

	private static List<String> minus(Set<String> a, Set<String> b) {
		return a.stream().filter(x -> !b.contains(x)).toList();
	}

	/** How often each id occurs, most frequent first. */
	private static Map<String, Integer> count(Collection<Change> changes, Function<Change, List<String>> ids) {
		Map<String, Integer> counts = new TreeMap<>();
		for (Change c : changes) {
			for (String id : ids.apply(c)) {
				counts.merge(id, 1, Integer::sum);
			}
		}
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
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
