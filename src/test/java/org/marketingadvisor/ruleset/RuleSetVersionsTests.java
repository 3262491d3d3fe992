package org.marketingadvisor.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.VersionStore.Origin;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.EngineProperties;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule-set versions end to end on a real (in-memory) database and a copy of the content
 * folders: the first start stores version 1; a broken or dangerous file dropped on disk
 * becomes a draft with its problems and never goes live; drafts edited in the browser go
 * live only through publishing; a rollback publishes old content as a new version;
 * evaluations run without failing while versions are published and rolled back; a second
 * instance on the same database follows; every step is in the audit trail.
 */
@SpringBootTest(properties = { "advisor.rules.disk-check-interval=1h", "advisor.rules.poll-interval=1h" })
@ExtendWith(OutputCaptureExtension.class)
class RuleSetVersionsTests {

	private static final Path CONTENT = copyOfContent();

	private static final String HIRING = "findings/hiring.drl";

	private static final org.marketingadvisor.TrialChange TRIAL = org.marketingadvisor.TrialChange.create();

	@Autowired
	RuleSetVersions versions;

	@Autowired
	VersionStore store;

	@Autowired
	RuleEngine engine;

	@Autowired
	DiskImport disk;

	@Autowired
	LiveFollower follower;

	@Autowired
	PublishGate gate;

	@Autowired
	QuickCheck quick;

	@Autowired
	DraftChecks checks;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	EngineProperties folders;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("advisor.rules-dir", () -> CONTENT.resolve("rules").toString());
		registry.add("advisor.knowledge-base-dir", () -> CONTENT.resolve("knowledge-base").toString());
	}

	private static Path copyOfContent() {
		try {
			Path dir = Files.createTempDirectory("advisor-content");
			FileSystemUtils.copyRecursively(Path.of("rules"), dir.resolve("rules"));
			FileSystemUtils.copyRecursively(Path.of("knowledge-base"), dir.resolve("knowledge-base"));
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterEach
	void restoreDiskAndCloseDrafts() throws IOException {
		Files.copy(Path.of("rules").resolve(HIRING), CONTENT.resolve("rules").resolve(HIRING),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		disk.importFromDisk();
		store.drafts().forEach(d -> versions.discard(d.id()));
	}

	@Test
	void theFoldersOnDiskBecomeVersionOneAtTheFirstStart() {
		Version first = store.byNumber(1).orElseThrow();
		assertThat(first.origin()).isEqualTo(Origin.DISK);
		assertThat(first.author()).isEqualTo(AuditTrail.SYSTEM);
		assertThat(store.content(first.id()).files())
			.isEqualTo(Content.read(Path.of("rules"), Path.of("knowledge-base")).files())
			.containsKeys("rules/" + HIRING, "knowledge-base/findings.yaml",
					"rules/scenarios/companies/solo-owner-does-everything.yaml");
		assertThat(first.rulesetHash()).isNotBlank();
		assertThat(actions()).contains(AuditTrail.Actions.RULESET_IMPORTED, AuditTrail.Actions.RULESET_PUBLISHED);
	}

	@Test
	void aBrokenRuleFileDroppedOnDiskBecomesADraftWithItsProblemsAndNeverGoesLive(CapturedOutput log)
			throws IOException {
		int live = versions.liveNumber();
		String servingVersion = engine.current().version();
		String text = Files.readString(CONTENT.resolve("rules").resolve(HIRING));
		Files.writeString(CONTENT.resolve("rules").resolve(HIRING), text.replaceFirst("\nthen", "\n    Answer(\nthen"));

		UUID draftId = disk.importFromDisk().orElseThrow();

		Version draft = store.byId(draftId).orElseThrow();
		assertThat(draft.draft()).isTrue();
		assertThat(draft.origin()).isEqualTo(Origin.DISK);
		assertThat(Problem.english(draft.problems())).isNotEmpty().allMatch(p -> p.startsWith("rules/" + HIRING));
		assertThat(Problem.english(draft.problems()))
			.anyMatch(p -> p.matches("rules/findings/hiring\\.drl:\\d+:\\d+: .*"));
		assertThat(versions.liveNumber()).isEqualTo(live);
		assertThat(engine.current().version()).isEqualTo(servingVersion);
		assertThat(engine.evaluate(soloOwner()).findings()).isNotEmpty();
		assertThat(log.getOut())
			.contains("The rule folders on disk changed (rules/findings/hiring.drl changed) but do not build")
			.contains("stays live");
		assertThat(disk.importFromDisk()).as("the same content is imported once").isEmpty();
		// publishing it is refused too
		assertThat(versions.publish(draftId, "try anyway").published()).isFalse();
		assertThat(versions.liveNumber()).isEqualTo(live);
		assertThat(actions()).contains(AuditTrail.Actions.RULESET_REFUSED);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			exit the process      | System.exit(1);
			run a program         | Runtime.getRuntime().exec("id");
			start a process       | new ProcessBuilder("id").start();
			reflection            | Class.forName("java.lang.Runtime");
			class loading         | Thread.currentThread().getContextClassLoader().loadClass("x");
			files                 | java.nio.file.Files.delete(java.nio.file.Path.of("pom.xml"));
			network               | new java.net.Socket("localhost", 80);
			threads               | new Thread(() -> {}).start();
			static method         | String.format("%s", "x");
			""")
	void aDangerousRuleFileDroppedOnDiskNeverGoesLive(String what, String code, CapturedOutput log) throws IOException {
		int live = versions.liveNumber();
		String servingVersion = engine.current().version();
		String text = Files.readString(CONTENT.resolve("rules").resolve(HIRING));
		Files.writeString(CONTENT.resolve("rules").resolve(HIRING),
				text.replaceFirst("\nthen\n", "\nthen\n        " + code.replace("$", "\\$") + "\n"));

		UUID draftId = disk.importFromDisk().orElseThrow();

		assertThat(Problem.english(store.byId(draftId).orElseThrow().problems())).as(what)
			.isNotEmpty()
			.anyMatch(p -> p.matches("rules/findings/hiring\\.drl:\\d+:\\d+: .*"));
		assertThat(versions.liveNumber()).isEqualTo(live);
		assertThat(engine.current().version()).isEqualTo(servingVersion);
		assertThat(log.getOut()).contains("do not build");
	}

	@Test
	void aDangerousEditInTheBrowserIsKeptAsADraftButNeverGoesLive() {
		int live = versions.liveNumber();
		UUID draftId = versions.newDraft("probe");
		String text = store.content(draftId).files().get("rules/" + HIRING);
		List<String> problems = Problem.english(versions.saveDraftFile(draftId, "rules/" + HIRING,
				text.replaceFirst("\nthen\n", "\nthen\n        System.exit(1);\n")));
		assertThat(problems).anyMatch(p -> p.startsWith("rules/findings/hiring.drl:") && p.contains("‘System’"));
		assertThat(store.content(draftId).files().get("rules/" + HIRING)).as("the text is kept")
			.contains("System.exit");
		assertThat(versions.publish(draftId, "no").published()).isFalse();
		assertThat(versions.liveNumber()).isEqualTo(live);
	}

	@Test
	void aRuleTheLinterProvesCanNeverFireIsKeptAsADraftButNeverGoesLive() {
		int live = versions.liveNumber();
		UUID draftId = versions.newDraft("probe");
		var scale = engine.knowledgeBase()
			.questions()
			.stream()
			.filter(q -> q.type() == org.marketingadvisor.knowledge.QuestionType.SCALE)
			.findFirst()
			.orElseThrow();
		String text = store.content(draftId).files().get("rules/" + HIRING);
		assertThat(versions.saveDraftFile(draftId, "rules/" + HIRING, text
				+ "\nrule \"Probe: off the scale\"\nwhen\n    Answer(question == \"" + scale.id()
				+ "\", number > 1000)\nthen\n    insertLogical(new Finding(\"finding.no-marketer-profile\"));\nend\n"))
			.as("the quick check on saving does not run the linter")
			.isEmpty();
		versions.awaitChecks();
		assertThat(store.byId(draftId).orElseThrow().checking()).isFalse();
		List<String> problems = Problem.english(store.byId(draftId).orElseThrow().problems());
		assertThat(problems).singleElement().asString().contains("rule ‘Probe: off the scale’ can never fire");
		RuleSetVersions.Outcome outcome = versions.publish(draftId, "no");
		assertThat(outcome.published()).isFalse();
		assertThat(Problem.english(outcome.problems())).singleElement().asString().contains("can never fire");
		assertThat(versions.liveNumber()).isEqualTo(live);
	}

	@Test
	void aValidChangeOnDiskIsADraftUntilPublishedOrPublishedAtOnceWhenTheSettingSaysSo() throws IOException {
		int live = versions.liveNumber();
		Path file = CONTENT.resolve("rules").resolve(HIRING);
		Files.writeString(file, Files.readString(file) + "\n// reviewed\n");
		UUID draftId = disk.importFromDisk().orElseThrow();
		assertThat(store.byId(draftId).orElseThrow().valid()).isTrue();
		assertThat(versions.liveNumber()).isEqualTo(live);
		versions.discard(draftId);

		Files.writeString(file, Files.readString(file) + "\n// reviewed again\n");
		LiveRuleSet live2 = new LiveRuleSet(store, engine, gate, Optional.empty());
		DiskImport autoPublishing = new DiskImport(store, live2,
				new RuleSetVersions(store, live2, gate, quick, checks, events, Optional.empty()), gate, folders,
				new RuleSetProperties(true, true), events, Optional.empty());
		autoPublishing.importFromDisk().orElseThrow();
		assertThat(store.liveNumber()).isEqualTo(live + 1);
		assertThat(store.byNumber(live + 1).orElseThrow().message()).startsWith("Published automatically");
		assertThat(engine.current().version()).isEqualTo(store.byNumber(live + 1).orElseThrow().rulesetHash());
		// back to the content the other tests expect
		follower.followLive();
		versions.rollback(live, "test done");
	}

	@Test
	void aDraftGoesLiveWhenPublishedAndARollbackBringsTheOldContentBackAsANewVersion() {
		int live = versions.liveNumber();
		String rec = TRIAL.recommendation();
		assertThat(engine.evaluate(soloOwner()).hasRecommendation(rec)).isFalse();

		UUID draftId = versions.newDraft("one more recommendation");
		assertThat(versions.saveDraftFile(draftId, TRIAL.path(), TRIAL.drl())).isEmpty();
		assertThat(engine.evaluate(soloOwner()).hasRecommendation(rec)).as("a draft is not live").isFalse();

		RuleSetVersions.Outcome published = versions.publish(draftId, "Trial recommendation");
		assertThat(published.published()).isTrue();
		assertThat(published.number()).isEqualTo(live + 1);
		assertThat(versions.liveNumber()).isEqualTo(live + 1);
		Evaluation after = engine.evaluate(soloOwner());
		assertThat(after.hasRecommendation(rec)).isTrue();
		assertThat(after.rulesetVersion()).isEqualTo(store.byNumber(live + 1).orElseThrow().rulesetHash());

		RuleSetVersions.Outcome rolledBack = versions.rollback(live, "take it back");
		assertThat(rolledBack.number()).isEqualTo(live + 2);
		Version rollback = store.byNumber(live + 2).orElseThrow();
		assertThat(rollback.origin()).isEqualTo(Origin.ROLLBACK);
		assertThat(rollback.message()).isEqualTo("take it back");
		assertThat(rollback.baseNumber()).as("the version rolled back to").isEqualTo(live);
		assertThat(rollback.rulesetHash()).isEqualTo(store.byNumber(live).orElseThrow().rulesetHash());
		assertThat(engine.evaluate(soloOwner()).hasRecommendation(rec)).isFalse();
		assertThat(Diffs.between(store.content(store.byNumber(live).orElseThrow().id()),
				store.content(store.byNumber(live + 1).orElseThrow().id())))
			.extracting(Diffs.FileDiff::path, Diffs.FileDiff::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TRIAL.path(), Diffs.Change.ADDED));
		assertThat(actions()).contains(AuditTrail.Actions.DRAFT_CREATED, AuditTrail.Actions.DRAFT_EDITED,
				AuditTrail.Actions.RULESET_PUBLISHED, AuditTrail.Actions.RULESET_ROLLED_BACK);
	}

	@Test
	void aDraftWhoseScenariosFailIsKeptButNeverGoesLive() {
		int live = versions.liveNumber();
		UUID draftId = versions.newDraft("without the owner-role findings");
		versions.saveDraftFile(draftId, "rules/findings/owner-role.drl", "package rules.findings;\n");
		versions.awaitChecks();
		List<String> problems = Problem.english(store.byId(draftId).orElseThrow().problems());
		assertThat(problems).isNotEmpty()
			.anyMatch(p -> p.startsWith("rules/scenarios/rules/owner-role.yaml: scenario ‘owner-role.")
					&& p.contains("finding.owner-bottleneck"));
		RuleSetVersions.Outcome outcome = versions.publish(draftId, "no");
		assertThat(outcome.published()).isFalse();
		assertThat(versions.liveNumber()).isEqualTo(live);
		assertThat(engine.evaluate(soloOwner()).hasFinding("finding.owner-bottleneck")).isTrue();
	}

	@Test
	void evaluationsNeverFailWhileVersionsArePublishedAndRolledBack() throws Exception {
		int live = versions.liveNumber();
		Answers answers = soloOwner();
		UUID draftId = versions.newDraft("swap probe");
		assertThat(versions.saveDraftFile(draftId, TRIAL.path(), TRIAL.drl())).isEmpty();

		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		Set<String> seen = ConcurrentHashMap.newKeySet();
		List<Thread> evaluators = new ArrayList<>();
		for (int t = 0; t < 3; t++) {
			Thread thread = new Thread(() -> {
				while (running.get()) {
					try {
						Evaluation e = engine.evaluate(answers);
						seen.add(e.rulesetVersion() + (e.hasRecommendation(TRIAL.recommendation()) ? "+" : "-"));
					}
					catch (RuntimeException ex) {
						failures.add(ex.toString());
					}
				}
			});
			thread.start();
			evaluators.add(thread);
		}
		try {
			assertThat(versions.publish(draftId, "swap probe").published()).isTrue();
			assertThat(versions.rollback(live, "swap probe back").published()).isTrue();
			assertThat(versions.rollback(live + 1, "swap probe again").published()).isTrue();
			assertThat(versions.rollback(live, "swap probe done").published()).isTrue();
		}
		finally {
			running.set(false);
			for (Thread thread : evaluators) {
				thread.join();
			}
		}
		assertThat(failures).isEmpty();
		String before = store.byNumber(live).orElseThrow().rulesetHash();
		String trial = store.byNumber(live + 1).orElseThrow().rulesetHash();
		assertThat(seen).as("each version evaluates as itself, never a mix").isSubsetOf(before + "-", trial + "+");
		assertThat(seen).contains(before + "-", trial + "+");
	}

	@Test
	void anotherInstanceOnTheSameDatabaseFollowsTheNewestVersion() {
		int live = versions.liveNumber();
		// a second instance: its own engine, the same database
		try (RuleEngine otherEngine = new RuleEngine(
				RuleSetStartup.ruleSet(store, events, folders, java.time.Clock.systemUTC()), 1)) {
			LiveRuleSet other = new LiveRuleSet(store, otherEngine, gate, Optional.empty());
			LiveFollower otherFollower = new LiveFollower(store, other);
			assertThat(other.number()).isEqualTo(live);
			UUID draftId = versions.newDraft("for the other instance");
			assertThat(versions.saveDraftFile(draftId, TRIAL.path(), TRIAL.drl())).isEmpty();
			assertThat(versions.publish(draftId, "for the other instance").published()).isTrue();

			otherFollower.followLive();

			assertThat(other.number()).isEqualTo(live + 1);
			assertThat(otherEngine.current().version()).isEqualTo(engine.current().version());
			versions.rollback(live, "done");
			otherFollower.followLive();
			assertThat(otherEngine.current().version()).isEqualTo(store.byNumber(live).orElseThrow().rulesetHash());
		}
	}

	private List<String> actions() {
		return jdbc.sql("SELECT action FROM audit_event").query(String.class).list();
	}

	private Answers soloOwner() {
		return org.marketingadvisor.TestContent.companyAnswers(engine.knowledgeBase(), "solo-owner-does-everything");
	}

}
