package org.marketingadvisor.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.engine.EngineProperties;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.RuleSetChanged.Change;
import org.marketingadvisor.ruleset.VersionStore.Origin;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.security.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

/**
 * The rule set an instance starts with: the live version from the database; on the very
 * first start, the folders on disk, stored as version 1. Should the live version no
 * longer build with this application, the folders on disk are published instead, if they
 * build.
 */
final class RuleSetStartup {

	private static final Log log = LogFactory.getLog(RuleSetStartup.class);

	private RuleSetStartup() {
	}

	static RuleSet ruleSet(VersionStore store, ApplicationEventPublisher events, EngineProperties folders,
			Clock clock) {
		int poolSize = folders.sessionPoolSize();
		for (int attempt = 0; attempt < 3; attempt++) {
			int live = store.liveNumber();
			if (live > 0) {
				Version version = store.byNumber(live).orElseThrow();
				Content content = store.content(version.id());
				try {
					RuleSet ruleSet = content.build(poolSize);
					log.info(String.format("Rule set version %d (%s): %d rules compiled in %d ms from the database",
							live, ruleSet.version(), ruleSet.ruleNames().size(), ruleSet.compileMillis()));
					return ruleSet;
				}
				catch (RuntimeException ex) {
					log.error("Live rule-set version " + live + " does not build with this application: "
							+ ex.getMessage() + "; trying the folders on disk");
				}
			}
			Content disk = Content.read(folders.rulesDir(), folders.knowledgeBaseDir());
			// content that does not build stops the start here, with every problem listed
			RuleSet ruleSet = disk.build(poolSize);
			String message = live == 0 ? "Imported from disk at the first start"
					: "Imported from disk: version " + live + " does not build with this application";
			Instant now = clock.instant();
			UUID id = store.insertDraft(Origin.DISK, live, Actors.SYSTEM, message, disk, List.of(), now);
			try {
				int number = store.publish(id, message, ruleSet.version(), now);
				events.publishEvent(new RuleSetChanged(Actors.SYSTEM, Change.IMPORTED, "v" + number, message));
				events.publishEvent(new RuleSetChanged(Actors.SYSTEM, Change.PUBLISHED, "v" + number, message));
				log.info(String.format(
						"Rule set version %d (%s): %d rules compiled in %d ms from %s and %s, with %d scenario files",
						number, ruleSet.version(), ruleSet.ruleNames().size(), ruleSet.compileMillis(),
						RuleEngine.describe(folders.rulesDir()), RuleEngine.describe(folders.knowledgeBaseDir()),
						disk.scenarioFiles().size()));
				return ruleSet;
			}
			catch (DuplicateKeyException ex) {
				// another instance published first: start from what it published
				store.discard(id, now);
			}
		}
		throw new IllegalStateException("Could not settle on a live rule-set version at start-up");
	}

}
