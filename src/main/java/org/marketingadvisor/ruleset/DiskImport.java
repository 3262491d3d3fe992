package org.marketingadvisor.ruleset;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.engine.EngineProperties;
import org.marketingadvisor.knowledge.SourceFiles;
import org.marketingadvisor.ruleset.RuleSetChanged.Change;
import org.marketingadvisor.ruleset.VersionStore.Origin;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.security.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the folders on disk: when they differ from the last content imported from them,
 * they become a draft. A draft that does not build stays a draft (its problems shown on
 * the versions page and logged); one that builds is published when the setting says so.
 */
@Component
class DiskImport {

	private static final Log log = LogFactory.getLog(DiskImport.class);

	private final VersionStore store;

	private final LiveRuleSet live;

	private final RuleSetVersions versions;

	private final PublishGate gate;

	private final EngineProperties folders;

	private final RuleSetProperties settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DiskImport(VersionStore store, LiveRuleSet live, RuleSetVersions versions, PublishGate gate,
			EngineProperties folders, RuleSetProperties settings, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.store = store;
		this.live = live;
		this.versions = versions;
		this.gate = gate;
		this.folders = folders;
		this.settings = settings;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(initialDelayString = "${advisor.rules.disk-check-interval:5s}",
			fixedDelayString = "${advisor.rules.disk-check-interval:5s}")
	void checkDisk() {
		if (!settings.watchDisk() || !SourceFiles.onDisk(folders.rulesDir())
				|| !SourceFiles.onDisk(folders.knowledgeBaseDir())) {
			return;
		}
		importFromDisk();
	}

	/** Imports the folders on disk if they changed; returns the new draft's id. */
	public Optional<UUID> importFromDisk() {
		live.lock().lock();
		try {
			Content disk = Content.read(folders.rulesDir(), folders.knowledgeBaseDir());
			Optional<Version> last = store.lastFromDisk();
			if (last.isPresent() && last.get().contentHash().equals(disk.hash())) {
				return Optional.empty();
			}
			int liveNumber = live.number();
			Content liveContent = store.content(store.byNumber(liveNumber).orElseThrow().id());
			String changed = ChangeSummary.between(liveContent, disk);
			List<Problem> problems = gate.check(disk);
			String message = "Changed on disk: " + changed;
			UUID id = store.insertDraft(Origin.DISK, liveNumber, Actors.SYSTEM, message, disk, problems,
					clock.instant());
			events.publishEvent(new RuleSetChanged(Actors.SYSTEM, Change.IMPORTED, "draft " + ChangeSummary.shortId(id),
					problems.isEmpty() ? message : message + "; does not build: " + problems.get(0).english()));
			if (!problems.isEmpty()) {
				log.warn("The rule folders on disk changed (" + changed + ") but do not build; version " + liveNumber
						+ " stays live. Draft " + id + ":\n  - " + String.join("\n  - ", Problem.english(problems)));
			}
			else if (settings.autoPublishDisk()) {
				versions.publish(id, "Published automatically: " + message, Actors.SYSTEM);
			}
			else {
				log.info("The rule folders on disk changed (" + changed + "); imported as draft " + id
						+ ", to be published from the versions page");
			}
			return Optional.of(id);
		}
		finally {
			live.lock().unlock();
		}
	}

}
