package org.marketingadvisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The one clock of every test context (found by component scanning, chosen over the
 * application's own). It ticks with the system's time, so "newest first" still orders
 * rows made one after another; a test that waits (the pause after failed sign-ins,
 * expiries) freezes and moves it, and resets it afterwards, so the classes that share a
 * context never see each other's time.
 */
@Component
@Primary
public final class TestClock extends Clock {

	private static final Clock SYSTEM = Clock.systemUTC();

	private volatile Instant frozen;

	/** Stops the clock at the present instant, until {@link #reset()}. */
	public void freeze() {
		frozen = SYSTEM.instant();
	}

	/** Moves a frozen clock forward. */
	public void advance(Duration d) {
		if (frozen == null) {
			throw new IllegalStateException("freeze the clock before moving it");
		}
		frozen = frozen.plus(d);
	}

	/** Back to the system's ticking time. */
	public void reset() {
		frozen = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant at = frozen;
		return at != null ? at : SYSTEM.instant();
	}

}
