package org.marketingadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * Publishing while evaluating: evaluations run without pause on several threads while two
 * versions are published in turn; none fails, none mixes versions, evaluations keep
 * completing while a version compiles, and a version that does not build never goes live.
 */
class RuleEngineSwapTests {

	private final RuleEngine engine = new RuleEngine(
			new EngineProperties(TestContent.RULES, TestContent.KNOWLEDGE_BASE, 4));

	@AfterEach
	void close() {
		engine.close();
	}

	private static Answers soloOwner(RuleSet ruleSet) {
		return TestContent.companyAnswers(ruleSet.knowledgeBase(), "solo-owner-does-everything");
	}

	/** The shipped rules without the owner-role findings: a visibly different version. */
	private static List<SourceFile> withoutOwnerRoleFindings() {
		return TestContent.ruleFiles().stream().filter(f -> !f.path().equals("findings/owner-role.drl")).toList();
	}

	@Test
	void evaluationsNeitherFailNorMixVersionsWhileVersionsArePublished() throws Exception {
		RuleSet original = engine.current();
		Answers answers = soloOwner(original);
		RuleSet other = RuleSetLoader.build(withoutOwnerRoleFindings(), TestContent.knowledgeBaseFiles(), 1);
		Map<String, Evaluation> expected = Map.of(original.version(), original.evaluate(answers), other.version(),
				other.evaluate(answers));
		assertThat(expected.get(original.version()).findings()).isNotEqualTo(expected.get(other.version()).findings());

		AtomicBoolean running = new AtomicBoolean(true);
		AtomicBoolean compiling = new AtomicBoolean(false);
		AtomicInteger duringCompilation = new AtomicInteger();
		Map<String, AtomicInteger> byVersion = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		List<Thread> evaluators = new ArrayList<>();
		for (int t = 0; t < 3; t++) {
			Thread thread = new Thread(() -> {
				while (running.get()) {
					try {
						Evaluation e = engine.evaluate(answers);
						Evaluation want = expected.get(e.rulesetVersion());
						if (want == null || !want.findings().equals(e.findings())
								|| !want.recommendations().equals(e.recommendations())) {
							failures
								.add("evaluation of version " + e.rulesetVersion() + " differs from that version's");
						}
						byVersion.computeIfAbsent(e.rulesetVersion(), v -> new AtomicInteger()).incrementAndGet();
						if (compiling.get()) {
							duringCompilation.incrementAndGet();
						}
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
			for (int round = 0; round < 4; round++) {
				boolean toOther = round % 2 == 0;
				compiling.set(true);
				RuleSet live = engine
					.publish(toOther ? withoutOwnerRoleFindings() : TestContent.ruleFiles(),
							TestContent.knowledgeBaseFiles())
					.get();
				compiling.set(false);
				assertThat(live.version()).isEqualTo(toOther ? other.version() : original.version());
				assertThat(engine.current()).isSameAs(live);
			}
		}
		finally {
			running.set(false);
			for (Thread thread : evaluators) {
				thread.join();
			}
		}
		assertThat(failures).isEmpty();
		assertThat(byVersion.keySet()).containsExactlyInAnyOrder(original.version(), other.version());
		assertThat(duringCompilation.get()).as("evaluations completed while a version compiled").isPositive();
	}

	@Test
	void aVersionThatDoesNotBuildNeverGoesLiveAndTheCurrentOneKeepsServing() {
		RuleSet live = engine.current();
		List<SourceFile> rules = TestContent.ruleFiles();
		String path = rules.get(0).path();
		List<SourceFile> broken = TestContent.replace(rules, path,
				TestContent.text(rules, path) + "\nrule \"x\" when then");
		List<SourceFile> dangerous = TestContent.replace(rules, path,
				TestContent.text(rules, path).replaceFirst("insertLogical\\(", "System.exit(1); insertLogical("));
		for (List<SourceFile> bad : List.of(broken, dangerous)) {
			assertThatThrownBy(() -> engine.publish(bad, TestContent.knowledgeBaseFiles()).get())
				.isInstanceOf(ExecutionException.class)
				.hasCauseInstanceOf(RuleSetException.class);
			assertThat(engine.current()).isSameAs(live);
			assertThat(engine.evaluate(soloOwner(live)).rulesetVersion()).isEqualTo(live.version());
		}
	}

}
