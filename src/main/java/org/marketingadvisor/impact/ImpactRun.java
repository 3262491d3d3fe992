package org.marketingadvisor.impact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.Conclusions;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.impact.ImpactPreview.Change;
import org.marketingadvisor.impact.ImpactPreview.Report;
import org.marketingadvisor.impact.ImpactPreview.Stored;
import org.marketingadvisor.questionnaire.AnswerValidator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pass of the impact preview over stored assessments in constant memory: one thread
 * reads them page by page (a keyset page of {@link #BATCH}) into a bounded queue, the
 * evaluating threads take pages from it, and only counts and the most recent
 * {@link ImpactPages#LISTED} changed assessments are kept, however many there are.
 */
final class ImpactRun {

	/** Assessments read at a time. */
	static final int BATCH = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Tells an evaluating thread that no more pages come: compared by identity, never
	 * equal to a page.
	 */
	private static final List<Stored> END = Collections.unmodifiableList(new ArrayList<>());

	/**
	 * Keyset pages of stored assessments in a fixed order: those after an id, or from the
	 * first.
	 */
	interface Source {

		List<Stored> after(UUID after, int limit);

	}

	private final RuleSet live;

	private final RuleSet draft;

	private final boolean sameQuestionnaire;

	private final AtomicInteger progress;

	private final BooleanSupplier cancelled;

	private int total;

	private int unfit;

	private int changed;

	private final Map<String, Integer> recsAppear = new TreeMap<>();

	private final Map<String, Integer> recsDisappear = new TreeMap<>();

	private final Map<String, Integer> findingsAppear = new TreeMap<>();

	private final Map<String, Integer> findingsDisappear = new TreeMap<>();

	/** The most recent changed assessments, oldest at the head. */
	private final PriorityQueue<Change> recent = new PriorityQueue<>(
			Comparator.comparing((Change c) -> c.assessment().submittedAt())
				.thenComparing(c -> c.assessment().id().toString()));

	ImpactRun(RuleSet live, RuleSet draft, AtomicInteger progress, BooleanSupplier cancelled) {
		this.live = live;
		this.draft = draft;
		this.sameQuestionnaire = live.knowledgeBase().questions().equals(draft.knowledgeBase().questions());
		this.progress = progress;
		this.cancelled = cancelled;
	}

	/**
	 * Compares up to {@code limit} assessments, starting after {@code start} (from the
	 * first when null) and, when the end is reached first, going on from the first again;
	 * {@code workers} threads of {@code pool} evaluate.
	 */
	Report run(Source source, UUID start, int limit, ExecutorService pool, int workers) throws InterruptedException {
		long began = System.nanoTime();
		BlockingQueue<List<Stored>> pages = new ArrayBlockingQueue<>(2 * workers);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			running.add(pool.submit(() -> evaluate(pages)));
		}
		try {
			read(source, start, limit, pages, running);
		}
		finally {
			for (int i = 0; i < workers; i++) {
				put(pages, END, running);
			}
		}
		for (Future<?> f : running) {
			try {
				f.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException("Evaluating stored assessments failed", ex.getCause());
			}
		}
		List<Change> listed = new ArrayList<>(recent);
		listed.sort(recent.comparator().reversed());
		return new Report(total, unfit, changed, List.copyOf(listed), sorted(recsAppear), sorted(recsDisappear),
				sorted(findingsAppear), sorted(findingsDisappear), (System.nanoTime() - began) / 1_000_000,
				!cancelled.getAsBoolean());
	}

	private void read(Source source, UUID start, int limit, BlockingQueue<List<Stored>> pages, List<Future<?>> running)
			throws InterruptedException {
		int read = 0;
		UUID after = start;
		UUID first = null;
		boolean wrapped = start == null;
		while (read < limit && !cancelled.getAsBoolean() && running.stream().noneMatch(Future::isDone)) {
			List<Stored> page = source.after(after, Math.min(BATCH, limit - read));
			if (page.isEmpty()) {
				if (wrapped) {
					return;
				}
				// the end came before the sample was full: on from the first
				wrapped = true;
				after = null;
				continue;
			}
			if (first == null) {
				first = page.get(0).id();
			}
			else if (wrapped && start != null) {
				// back where this pass began: every assessment has been read once
				int at = indexOf(page, first);
				if (at >= 0) {
					if (at > 0) {
						put(pages, page.subList(0, at), running);
					}
					return;
				}
			}
			put(pages, page, running);
			read += page.size();
			after = page.get(page.size() - 1).id();
		}
	}

	/** Waits for room in the queue, unless the evaluating threads have stopped. */
	private static void put(BlockingQueue<List<Stored>> pages, List<Stored> page, List<Future<?>> running)
			throws InterruptedException {
		while (!pages.offer(page, 100, TimeUnit.MILLISECONDS)) {
			if (running.stream().allMatch(Future::isDone)) {
				return;
			}
		}
	}

	private static int indexOf(List<Stored> page, UUID id) {
		for (int i = 0; i < page.size(); i++) {
			if (page.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private Void evaluate(BlockingQueue<List<Stored>> pages) throws InterruptedException {
		for (List<Stored> page = pages.take(); page != END; page = pages.take()) {
			if (cancelled.getAsBoolean()) {
				continue;
			}
			List<Change> changes = new ArrayList<>();
			int pageUnfit = 0;
			for (Stored s : page) {
				Change c = compare(s);
				if (c == null) {
					pageUnfit++;
				}
				else if (c.changes()) {
					changes.add(c);
				}
				progress.incrementAndGet();
			}
			add(page.size(), pageUnfit, changes);
		}
		return null;
	}

	/**
	 * What changes for one assessment; null when the live questionnaire refuses its
	 * answers.
	 */
	private Change compare(Stored s) {
		JsonNode raw = JSON.readTree(s.answers());
		AnswerValidator.Result liveAnswers = new AnswerValidator(live.knowledgeBase(), s.lang()).validate(raw);
		if (!liveAnswers.valid()) {
			return null;
		}
		Conclusions before = live.conclusions(liveAnswers.answers());
		Answers draftAnswers = liveAnswers.answers();
		if (!sameQuestionnaire) {
			AnswerValidator.Result result = new AnswerValidator(draft.knowledgeBase(), s.lang()).validate(raw);
			if (!result.valid()) {
				return new Change(s, List.of(), List.copyOf(before.recommendations()), List.of(),
						List.copyOf(before.findings()), true);
			}
			draftAnswers = result.answers();
		}
		Conclusions after = draft.conclusions(draftAnswers);
		return new Change(s, minus(after.recommendations(), before.recommendations()),
				minus(before.recommendations(), after.recommendations()), minus(after.findings(), before.findings()),
				minus(before.findings(), after.findings()), false);
	}

	private synchronized void add(int compared, int pageUnfit, List<Change> changes) {
		total += compared;
		unfit += pageUnfit;
		changed += changes.size();
		for (Change c : changes) {
			c.gainedRecommendations().forEach(id -> recsAppear.merge(id, 1, Integer::sum));
			c.lostRecommendations().forEach(id -> recsDisappear.merge(id, 1, Integer::sum));
			c.gainedFindings().forEach(id -> findingsAppear.merge(id, 1, Integer::sum));
			c.lostFindings().forEach(id -> findingsDisappear.merge(id, 1, Integer::sum));
			recent.add(c);
			if (recent.size() > ImpactPages.LISTED) {
				recent.poll();
			}
		}
	}

	/** What is in {@code a} and not in {@code b}, in order (the sets are sorted). */
	private static List<String> minus(Set<String> a, Set<String> b) {
		return a.stream().filter(x -> !b.contains(x)).sorted().toList();
	}

	/** Most frequent first, then by id. */
	private static Map<String, Integer> sorted(Map<String, Integer> counts) {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return Collections.unmodifiableMap(sorted);
	}

}
