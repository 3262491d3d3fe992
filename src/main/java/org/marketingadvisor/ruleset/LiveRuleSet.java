package org.marketingadvisor.ruleset;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The version this instance serves, and the one way to change it: compile in the
 * background while the live version keeps serving, pass the gate, record the new number,
 * swap. Changes are made one at a time per instance (the lock); evaluations never wait
 * for them.
 */
@Component
class LiveRuleSet {

	private static final Log log = LogFactory.getLog(LiveRuleSet.class);

	private final VersionStore store;

	private final RuleEngine engine;

	private final PublishGate gate;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	/** The number of the version this instance serves. */
	private volatile int number;

	LiveRuleSet(VersionStore store, RuleEngine engine, PublishGate gate, Optional<Clock> clock) {
		this.store = store;
		this.engine = engine;
		this.gate = gate;
		this.clock = clock.orElse(Clock.systemUTC());
		this.number = store.liveNumber();
	}

	int number() {
		return number;
	}

	/** Held while the live version changes; every change of it takes it first. */
	ReentrantLock lock() {
		return lock;
	}

	RuleEngine engine() {
		return engine;
	}

	/**
	 * Compiles in the background (the live version serving meanwhile), checks, records
	 * the new number, then swaps. Must hold the lock.
	 */
	RuleSetVersions.Outcome goLive(UUID id, Content content, String message) {
		RuleSet built;
		try {
			built = engine.compile(content.ruleFiles(), content.knowledgeBaseFiles()).join();
		}
		catch (CompletionException ex) {
			return refused(Problems.of(ex.getCause()));
		}
		List<Problem> refused = gate.problems(built, content);
		if (!refused.isEmpty()) {
			return refused(refused);
		}
		int published;
		try {
			published = store.publish(id, message, built.version(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// another instance published at the same moment; the next number is ours
			published = store.publish(id, message, built.version(), clock.instant());
		}
		swap(built, published);
		log.info("Rule-set version " + published + " is live: " + message);
		return new RuleSetVersions.Outcome(published, List.of());
	}

	/** Serves a built version from now on. Must hold the lock. */
	void swap(RuleSet built, int published) {
		engine.swap(built);
		number = published;
	}

	private RuleSetVersions.Outcome refused(List<Problem> problems) {
		log.warn("Rule set not published, version " + number + " stays live:\n  - "
				+ String.join("\n  - ", Problem.english(problems)));
		return RuleSetVersions.Outcome.refused(problems);
	}

}
