package org.marketingadvisor.ruleset;

import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows versions published by other instances on the same database: the newest
 * published version is compiled and served here too. A version that does not build here
 * is tried once, not on every poll.
 */
@Component
class LiveFollower {

	private static final Log log = LogFactory.getLog(LiveFollower.class);

	private final VersionStore store;

	private final LiveRuleSet live;

	/** A newer version that failed to build here: don't try it again on every poll. */
	private volatile int failedNumber;

	LiveFollower(VersionStore store, LiveRuleSet live) {
		this.store = store;
		this.live = live;
	}

	@Scheduled(initialDelayString = "${advisor.rules.poll-interval:3s}",
			fixedDelayString = "${advisor.rules.poll-interval:3s}")
	void followLive() {
		int newest = store.liveNumber();
		if (newest <= live.number() || newest == failedNumber) {
			return;
		}
		live.lock().lock();
		try {
			newest = store.liveNumber();
			if (newest <= live.number()) {
				return;
			}
			Version version = store.byNumber(newest).orElseThrow();
			Content content = store.content(version.id());
			try {
				RuleSet built = live.engine().compile(content.ruleFiles(), content.knowledgeBaseFiles()).join();
				live.swap(built, newest);
				log.info("Rule-set version " + newest + ", published by another instance, is live here too");
			}
			catch (CompletionException ex) {
				failedNumber = newest;
				log.error("Rule-set version " + newest + " does not build on this instance; version " + live.number()
						+ " stays live here: " + String.join("; ", Problem.english(Problems.of(ex.getCause()))));
			}
		}
		finally {
			live.lock().unlock();
		}
	}

}
