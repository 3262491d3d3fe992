package org.marketingadvisor.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many assessments the consultant's list holds, at a cost that does not grow with the
 * table on any view: counted exactly up to {@value #EXACT} rows (that many index entries
 * at most); above that the full count is taken off the request, in the background, and
 * reused for {@link #FRESH} per filter, shown as "about N" since it may be a little
 * behind. Until the first full count of a filter is known the page says "more than
 * {@value #EXACT}", and a stale count is shown while a fresh one is taken.
 */
@Component
class ListCount {

	/** Up to this many matching rows the count is exact. */
	static final long EXACT = 1_000;

	/** How long a full count is reused. */
	static final Duration FRESH = Duration.ofSeconds(60);

	/** Filters whose counts are kept at most; past that the oldest are forgotten. */
	private static final int KEPT = 500;

	/**
	 * A count: exact, about (a recent full count), or only known to be above
	 * {@code value - 1} ({@code atLeast}).
	 */
	record Count(long value, boolean exact, boolean atLeast) {

		Count(long value, boolean exact) {
			this(value, exact, false);
		}

	}

	private record Counted(long value, Instant at) {
	}

	private final ReportList list;

	private final Clock clock;

	private final Map<ReportList.Filter, Counted> counted = new ConcurrentHashMap<>();

	/** The filters being counted in the background. */
	private final Set<ReportList.Filter> counting = ConcurrentHashMap.newKeySet();

	private final long exact;

	private final Executor background;

	@Autowired
	ListCount(ReportList list, Clock clock) {
		this(list, clock, EXACT, oneThread());
	}

	/**
	 * Exact up to {@code exact} rows, full counts taken on {@code background} (tests try
	 * a small limit, and count on the calling thread).
	 */
	ListCount(ReportList list, Clock clock, long exact, Executor background) {
		this.list = list;
		this.clock = clock;
		this.exact = exact;
		this.background = background;
	}

	ListCount(ReportList list, Clock clock, long exact) {
		this(list, clock, exact, Runnable::run);
	}

	/** One full count at a time, and a bounded queue of them. */
	private static Executor oneThread() {
		return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(KEPT), r -> {
			Thread t = new Thread(r, "list-count");
			t.setDaemon(true);
			return t;
		});
	}

	Count of(ReportList.Filter filter) {
		long capped = list.count(filter, exact + 1);
		if (capped <= exact) {
			return new Count(capped, true);
		}
		ReportList.Filter key = new ReportList.Filter(filter.from(), filter.to(), filter.lang(), filter.minScore(),
				filter.maxScore(), filter.finding(), 0);
		Instant now = clock.instant();
		Counted known = counted.get(key);
		if ((known == null || known.at().plus(FRESH).isBefore(now)) && counting.add(key)) {
			try {
				background.execute(() -> count(key, capped));
			}
			catch (RejectedExecutionException ex) {
				// a full queue of counts: this one is asked for again on a later view
				counting.remove(key);
			}
			known = counted.get(key);
		}
		if (known == null) {
			return new Count(capped, false, true);
		}
		return new Count(Math.max(known.value(), capped), false);
	}

	private void count(ReportList.Filter key, long capped) {
		try {
			Instant now = clock.instant();
			if (counted.size() >= KEPT) {
				counted.entrySet().removeIf(e -> e.getValue().at().plus(FRESH).isBefore(now));
				if (counted.size() >= KEPT) {
					counted.clear();
				}
			}
			counted.put(key, new Counted(Math.max(capped, list.count(key)), now));
		}
		finally {
			counting.remove(key);
		}
	}

}
