package org.marketingadvisor.authoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.authoring.VersionStore.Origin;
import org.marketingadvisor.authoring.VersionStore.Version;
import org.marketingadvisor.engine.EngineProperties;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleSetException;
import org.marketingadvisor.knowledge.KnowledgeBaseException;
import org.marketingadvisor.knowledge.SourceFiles;
import org.marketingadvisor.security.AuditTrail;
import org.marketingadvisor.security.AuditTrail.Actions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The publish gate: every change of the live rules (a draft edited in the browser, the
 * folders changed on disk, a rollback) becomes a version here, is compiled in the
 * background while the live version keeps serving, and goes live only if it builds (the
 * knowledge base is valid, the rules are safe and compile). Published versions are stored
 * with their full content; every instance on the same database follows the newest one.
 *
 * <p>
 * Changes are made one at a time per instance; evaluations never wait for them.
 */
@Service
public class RuleSetVersions {

	private static final Log log = LogFactory.getLog(RuleSetVersions.class);

	/** The outcome of publishing: the new number, or what is wrong with the content. */
	public record Outcome(Integer number, List<String> problems) {

		public boolean published() {
			return number != null;
		}

		static Outcome refused(List<String> problems) {
			return new Outcome(null, List.copyOf(problems));
		}

	}

	private final VersionStore store;

	private final RuleEngine engine;

	private final AuditTrail audit;

	private final EngineProperties folders;

	private final AuthoringProperties settings;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	/** Lint reports by content hash: the sampled checks take a second or two. */
	private final java.util.Map<String, RuleLinter.Report> lints = new java.util.concurrent.ConcurrentHashMap<>();

	/** The number of the version this instance serves. */
	private volatile int liveNumber;

	/** A newer version that failed to build here: don't try it again on every poll. */
	private volatile int failedNumber;

	RuleSetVersions(VersionStore store, RuleEngine engine, AuditTrail audit, EngineProperties folders,
			AuthoringProperties settings, Optional<Clock> clock) {
		this.store = store;
		this.engine = engine;
		this.audit = audit;
		this.folders = folders;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
		this.liveNumber = store.liveNumber();
	}

	/** The number of the version this instance serves. */
	public int liveNumber() {
		return liveNumber;
	}

	/**
	 * Builds the rule set an instance starts with: the live version from the database; on
	 * the very first start, the folders on disk, stored as version 1. Should the live
	 * version no longer build with this application, the folders on disk are published
	 * instead, if they build.
	 */
	static RuleSet startup(VersionStore store, AuditTrail audit, EngineProperties folders, Clock clock) {
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
			UUID id = store.insertDraft(Origin.DISK, live, AuditTrail.SYSTEM, message, disk, List.of(), now);
			try {
				int number = store.publish(id, message, ruleSet.version(), now);
				audit.recordAs(AuditTrail.SYSTEM, Actions.RULESET_IMPORTED, "v" + number, message);
				audit.recordAs(AuditTrail.SYSTEM, Actions.RULESET_PUBLISHED, "v" + number, message);
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

	/** A new draft holding the live version's content. */
	public UUID newDraft(String message) {
		Version live = store.byNumber(liveNumber).orElseThrow();
		String text = message == null || message.isBlank() ? "Draft from version " + liveNumber : message.strip();
		UUID id = store.insertDraft(Origin.EDITOR, liveNumber, AuditTrail.currentActor(), text,
				store.content(live.id()), List.of(), clock.instant());
		audit.record(Actions.DRAFT_CREATED, "draft " + shortId(id), text);
		return id;
	}

	/**
	 * Saves one file of a draft, whatever its content, and checks the whole draft: the
	 * problems found (file:line:column) are returned and kept with the draft, which
	 * cannot be published until they are fixed.
	 */
	public List<String> saveDraftFile(UUID draftId, String path, String text) {
		return saveDraftFiles(draftId, Map.of(path, text));
	}

	/** Saves several files of a draft at once, with one check of the whole draft. */
	public List<String> saveDraftFiles(UUID draftId, Map<String, String> files) {
		Version draft = store.byId(draftId).filter(Version::draft).orElseThrow(() -> new NoSuchDraft(draftId));
		Content updated = store.content(draftId);
		for (var file : files.entrySet()) {
			updated = updated.with(file.getKey(), file.getValue());
		}
		List<String> problems = check(updated);
		store.updateDraftFiles(draftId, files, updated, problems, clock.instant());
		audit.record(Actions.DRAFT_EDITED,
				"draft " + shortId(draft.id()) + " " + String.join(", ", new java.util.TreeSet<>(files.keySet())),
				problems.isEmpty() ? "builds" : problems.size() + " problem(s): " + problems.get(0));
		return problems;
	}

	public boolean discard(UUID draftId) {
		boolean done = store.discard(draftId, clock.instant());
		if (done) {
			audit.record(Actions.DRAFT_DISCARDED, "draft " + shortId(draftId), null);
		}
		return done;
	}

	/** Publishes a draft through the gate; the caller's message describes the change. */
	public Outcome publish(UUID draftId, String message) {
		return publish(draftId, message, AuditTrail.currentActor());
	}

	Outcome publish(UUID draftId, String message, String actor) {
		lock.lock();
		try {
			Version draft = store.byId(draftId).filter(Version::draft).orElseThrow(() -> new NoSuchDraft(draftId));
			String text = message == null || message.isBlank() ? draft.message() : message.strip();
			Outcome outcome = goLive(draftId, store.content(draftId), text);
			if (outcome.published()) {
				audit.recordAs(actor, Actions.RULESET_PUBLISHED, "v" + outcome.number(), text);
			}
			else {
				store.setProblems(draftId, outcome.problems());
				audit.recordAs(actor, Actions.RULESET_REFUSED, "draft " + shortId(draftId),
						outcome.problems().size() + " problem(s): " + outcome.problems().get(0));
			}
			return outcome;
		}
		finally {
			lock.unlock();
		}
	}

	/** Publishes an earlier version's content again, as a new version. */
	public Outcome rollback(int number, String message) {
		lock.lock();
		try {
			Version target = store.byNumber(number)
				.filter(Version::published)
				.orElseThrow(() -> new NoSuchVersion(number));
			String text = "Rollback to version " + number
					+ (message == null || message.isBlank() ? "" : ": " + message.strip());
			Content content = store.content(target.id());
			UUID id = store.insertDraft(Origin.ROLLBACK, liveNumber, AuditTrail.currentActor(), text, content,
					List.of(), clock.instant());
			Outcome outcome = goLive(id, content, text);
			if (outcome.published()) {
				audit.record(Actions.RULESET_ROLLED_BACK, "v" + outcome.number(), text);
			}
			else {
				store.setProblems(id, outcome.problems());
				audit.record(Actions.RULESET_REFUSED, "rollback to v" + number,
						outcome.problems().size() + " problem(s): " + outcome.problems().get(0));
			}
			return outcome;
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Compiles in the background (the live version serving meanwhile), records the new
	 * number, then swaps. Must hold the lock.
	 */
	private Outcome goLive(UUID id, Content content, String message) {
		RuleSet built;
		try {
			built = engine.compile(content.ruleFiles(), content.knowledgeBaseFiles()).join();
		}
		catch (CompletionException ex) {
			List<String> problems = problemsOf(ex.getCause());
			log.warn("Rule set not published, version " + liveNumber + " stays live:\n  - "
					+ String.join("\n  - ", problems));
			return Outcome.refused(problems);
		}
		List<String> refused = gate(built, content);
		if (!refused.isEmpty()) {
			log.warn("Rule set not published, version " + liveNumber + " stays live:\n  - "
					+ String.join("\n  - ", refused));
			return Outcome.refused(refused);
		}
		int number;
		try {
			number = store.publish(id, message, built.version(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// another instance published at the same moment; the next number is ours
			number = store.publish(id, message, built.version(), clock.instant());
		}
		engine.swap(built);
		liveNumber = number;
		log.info("Rule-set version " + number + " is live: " + message);
		return new Outcome(number, List.of());
	}

	/** Every problem of the content, as file:line:column messages where known. */
	public List<String> check(Content content) {
		try {
			RuleSet built = content.build(1);
			return gate(built, content);
		}
		catch (RuntimeException ex) {
			return problemsOf(ex);
		}
	}

	/**
	 * What keeps built content from going live besides building: the linter's errors and
	 * every failing scenario.
	 */
	static List<String> gate(RuleSet built, Content content) {
		List<String> problems = new ArrayList<>(RuleLinter.errors(built, content));
		problems.addAll(ScenarioChecks.failures(content, built));
		return problems;
	}

	/**
	 * The full lint of a draft (errors and the sampled warnings), computed once per
	 * content; empty when the draft does not build.
	 */
	public Optional<RuleLinter.Report> lint(UUID id) {
		Version version = store.byId(id).orElse(null);
		if (version == null || !version.valid()) {
			return Optional.empty();
		}
		RuleLinter.Report cached = lints.get(version.contentHash());
		if (cached != null) {
			return Optional.of(cached);
		}
		Content content = store.content(id);
		try {
			RuleSet built = content.build(1);
			RuleLinter.Report report = RuleLinter.lint(built, content, RuleLinter.SAMPLE_SIZE, 1);
			if (lints.size() > 20) {
				lints.clear();
			}
			lints.put(version.contentHash(), report);
			return Optional.of(report);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	static List<String> problemsOf(Throwable ex) {
		if (ex instanceof RuleSetException r) {
			return r.problems();
		}
		if (ex instanceof KnowledgeBaseException k) {
			return k.problems().stream().map(p -> Content.KNOWLEDGE_BASE + p).toList();
		}
		if (ex instanceof ScenarioLoader.InvalidScenarios s) {
			return s.problems();
		}
		return List.of(ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

	/**
	 * Imports the folders on disk as a draft when they differ from the last content
	 * imported from them. A draft that does not build stays a draft (its problems shown
	 * on the versions page and logged); one that builds is published when the setting
	 * says so.
	 */
	@Scheduled(initialDelayString = "${advisor.rules.disk-check-interval:5s}",
			fixedDelayString = "${advisor.rules.disk-check-interval:5s}")
	public void checkDisk() {
		if (!settings.watchDisk() || !SourceFiles.onDisk(folders.rulesDir())
				|| !SourceFiles.onDisk(folders.knowledgeBaseDir())) {
			return;
		}
		importFromDisk();
	}

	/** Imports the folders on disk if they changed; returns the new draft's id. */
	public Optional<UUID> importFromDisk() {
		lock.lock();
		try {
			Content disk = Content.read(folders.rulesDir(), folders.knowledgeBaseDir());
			Optional<Version> last = store.lastFromDisk();
			if (last.isPresent() && last.get().contentHash().equals(disk.hash())) {
				return Optional.empty();
			}
			Version live = store.byNumber(liveNumber).orElseThrow();
			Content liveContent = store.content(live.id());
			String changed = describeChanges(liveContent, disk);
			List<String> problems = check(disk);
			String message = "Changed on disk: " + changed;
			UUID id = store.insertDraft(Origin.DISK, liveNumber, AuditTrail.SYSTEM, message, disk, problems,
					clock.instant());
			audit.recordAs(AuditTrail.SYSTEM, Actions.RULESET_IMPORTED, "draft " + shortId(id),
					problems.isEmpty() ? message : message + "; does not build: " + problems.get(0));
			if (!problems.isEmpty()) {
				log.warn("The rule folders on disk changed (" + changed + ") but do not build; version " + liveNumber
						+ " stays live. Draft " + id + ":\n  - " + String.join("\n  - ", problems));
			}
			else if (settings.autoPublishDisk()) {
				publish(id, "Published automatically: " + message, AuditTrail.SYSTEM);
			}
			else {
				log.info("The rule folders on disk changed (" + changed + "); imported as draft " + id
						+ ", to be published from the versions page");
			}
			return Optional.of(id);
		}
		finally {
			lock.unlock();
		}
	}

	/** Follows versions published by other instances on the same database. */
	@Scheduled(initialDelayString = "${advisor.rules.poll-interval:3s}",
			fixedDelayString = "${advisor.rules.poll-interval:3s}")
	public void followLive() {
		int newest = store.liveNumber();
		if (newest <= liveNumber || newest == failedNumber) {
			return;
		}
		lock.lock();
		try {
			newest = store.liveNumber();
			if (newest <= liveNumber) {
				return;
			}
			Version version = store.byNumber(newest).orElseThrow();
			Content content = store.content(version.id());
			try {
				RuleSet built = engine.compile(content.ruleFiles(), content.knowledgeBaseFiles()).join();
				engine.swap(built);
				liveNumber = newest;
				log.info("Rule-set version " + newest + ", published by another instance, is live here too");
			}
			catch (CompletionException ex) {
				failedNumber = newest;
				log.error("Rule-set version " + newest + " does not build on this instance; version " + liveNumber
						+ " stays live here: " + String.join("; ", problemsOf(ex.getCause())));
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** Which files were added, changed or removed, in a few words. */
	static String describeChanges(Content from, Content to) {
		Set<String> paths = new TreeSet<>(from.files().keySet());
		paths.addAll(to.files().keySet());
		List<String> changes = new ArrayList<>();
		for (String path : paths) {
			String a = from.files().get(path);
			String b = to.files().get(path);
			if (a == null) {
				changes.add(path + " added");
			}
			else if (b == null) {
				changes.add(path + " removed");
			}
			else if (!a.equals(b)) {
				changes.add(path + " changed");
			}
		}
		if (changes.isEmpty()) {
			return "same content as the live version";
		}
		return changes.size() <= 3 ? String.join(", ", changes)
				: String.join(", ", changes.subList(0, 3)) + " and " + (changes.size() - 3) + " more";
	}

	static String shortId(UUID id) {
		return id.toString().substring(0, 8);
	}

	/** No open draft has this id. */
	public static final class NoSuchDraft extends RuntimeException {

		NoSuchDraft(UUID id) {
			super("No open draft " + id);
		}

	}

	/** No published version has this number. */
	public static final class NoSuchVersion extends RuntimeException {

		NoSuchVersion(int number) {
			super("No published version " + number);
		}

	}

}
