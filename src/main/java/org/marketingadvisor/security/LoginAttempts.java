package org.marketingadvisor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after a few failed sign-ins for one name within a window, each
 * further attempt must wait, twice as long after every new failure up to a ceiling. The
 * wait is enforced by refusing early, so no request thread sleeps. Counted per name,
 * known or not, so the answers do not tell which names exist.
 */
@Component
class LoginAttempts {

	private final SecuritySettings settings;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginAttempts(SecuritySettings settings, Optional<Clock> clock) {
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** How long this name must still wait before it may try again; zero if it may now. */
	Duration waitFor(String username) {
		Deque<Instant> recent = recent(key(username));
		synchronized (recent) {
			int over = recent.size() - settings.freeAttempts();
			if (over < 0) {
				return Duration.ZERO;
			}
			Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(over, 20));
			if (delay.compareTo(settings.maxDelay()) > 0) {
				delay = settings.maxDelay();
			}
			Duration left = Duration.between(clock.instant(), recent.peekLast().plus(delay));
			return left.isNegative() ? Duration.ZERO : left;
		}
	}

	void failed(String username) {
		Deque<Instant> recent = recent(key(username));
		synchronized (recent) {
			recent.addLast(clock.instant());
		}
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	private Deque<Instant> recent(String key) {
		Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (recent) {
			Instant since = clock.instant().minus(settings.attemptWindow());
			while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
				recent.removeFirst();
			}
		}
		return recent;
	}

	static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
