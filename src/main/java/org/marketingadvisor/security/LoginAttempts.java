package org.marketingadvisor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after a few failed sign-ins within a window, each further attempt
 * must wait, twice as long after every new failure up to a ceiling. The wait is enforced
 * by refusing early, so no request thread sleeps. Counted per name, known or not (so the
 * answers do not tell which names exist), and per client address (so one client trying
 * many names is slowed down too; the address allows more failures, as an office may share
 * one). A success clears the name's count, never the address's: a guesser with one valid
 * account of its own cannot reset its address that way.
 */
@Component
class LoginAttempts {

	private final SecuritySettings settings;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginAttempts(SecuritySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * How long this name, tried from this address (null if unknown), must still wait
	 * before it may try again; zero if it may now.
	 */
	Duration waitFor(String username, String address) {
		Duration byName = waitFor(nameKey(username), settings.freeAttempts());
		if (address == null) {
			return byName;
		}
		Duration byAddress = waitFor(addressKey(address), settings.freeAttemptsPerAddress());
		return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
	}

	private Duration waitFor(String key, int free) {
		Deque<Instant> recent = recent(key);
		synchronized (recent) {
			int over = recent.size() - free;
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

	void failed(String username, String address) {
		add(nameKey(username));
		if (address != null) {
			add(addressKey(address));
		}
	}

	private void add(String key) {
		Deque<Instant> recent = recent(key);
		synchronized (recent) {
			recent.addLast(clock.instant());
		}
		if (failures.size() > PRUNE_ABOVE) {
			prune();
		}
	}

	/**
	 * Above this many names and addresses, those whose failures are all older than the
	 * window are forgotten, so made-up names cannot fill the memory.
	 */
	static final int PRUNE_ABOVE = 10_000;

	private void prune() {
		Instant since = clock.instant().minus(settings.attemptWindow());
		failures.entrySet().removeIf(e -> {
			synchronized (e.getValue()) {
				return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(since);
			}
		});
	}

	void succeeded(String username) {
		failures.remove(nameKey(username));
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

	private static String nameKey(String username) {
		return "name:" + key(username);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
