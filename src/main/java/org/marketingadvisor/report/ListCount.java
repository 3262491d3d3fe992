package org.marketingadvisor.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many assessments the consultant's list holds, at a cost that does not grow with the
 * table on every view: counted exactly up to {@value #EXACT} rows (that many index
 * entries at most); above that the full count is taken once and reused for {@link #FRESH}
 * per filter, and shown as "about N" since it may be a little behind.
 */
@Component
class ListCount {

	/** Up to this many matching rows the count is exact. */
	static final long EXACT = 1_000;

	/** How long a full count is reused. */
	static final Duration FRESH = Duration.ofSeconds(60);

	/** Filters whose counts are kept at most; past that the oldest are forgotten. */
	private static final int KEPT = 500;

	/** A count, exact or not. */
	record Count(long value, boolean exact) {
	}

	private record Counted(long value, Instant at) {
	}

	private final ReportList list;

	private final Clock clock;

	private final Map<ReportList.Filter, Counted> counted = new ConcurrentHashMap<>();

	private final long exact;

	@Autowired
	ListCount(ReportList list, Clock clock) {
		this(list, clock, EXACT);
	}

	/** Exact up to {@code exact} rows (tests try a small limit). */
	ListCount(ReportList list, Clock clock, long exact) {
		this.list = list;
		this.clock = clock;
		this.exact = exact;
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
		if (known == null || known.at().plus(FRESH).isBefore(now)) {
			if (counted.size() >= KEPT) {
				counted.entrySet().removeIf(e -> e.getValue().at().plus(FRESH).isBefore(now));
				if (counted.size() >= KEPT) {
					counted.clear();
				}
			}
			known = new Counted(Math.max(capped, list.count(key)), now);
			counted.put(key, known);
		}
		return new Count(Math.max(known.value(), capped), false);
	}

}
