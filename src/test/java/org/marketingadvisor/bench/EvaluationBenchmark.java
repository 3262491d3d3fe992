package org.marketingadvisor.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.marketingadvisor.engine.Answer;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleSetLoader;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.json.JsonMapper;

/**
 * One evaluation with the full rule set over varied, realistic answer sets (every
 * scenario of rules/scenarios/, whole companies and their variants), explanation capture
 * included, beside a bare Drools session on the same KieBase: a new session per
 * evaluation, insert, fire, dispose.
 *
 * <p>
 * Run from the project folder: {@code mvn -Pbench test-compile exec:exec}. Report the
 * p0.50 figures.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluationBenchmark {

	private RuleSet ruleSet;

	private KieBase kieBase;

	private KieSessionsPool barePool;

	private Answers[] answerSets;

	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		ruleSet = RuleSetLoader.load(Path.of("rules"), Path.of("knowledge-base"), 4);
		kieBase = ruleSet.kieBase();
		barePool = kieBase.newKieSessionsPool(4);
		JsonMapper json = JsonMapper.builder().build();
		AnswerValidator validator = new AnswerValidator(ruleSet.knowledgeBase(), Lang.RU);
		List<Answers> sets = ScenarioLoader.load(Path.of("rules"))
			.stream()
			.map(s -> validator.validate(json.valueToTree(s.answers())))
			.filter(AnswerValidator.Result::valid)
			.map(AnswerValidator.Result::answers)
			.toList();
		answerSets = sets.toArray(Answers[]::new);
		if (answerSets.length < 8) {
			throw new IllegalStateException("expected the scenario answer sets, found " + answerSets.length);
		}
	}

	@TearDown(Level.Trial)
	public void report() {
		barePool.shutdown();
		double facts = java.util.Arrays.stream(answerSets).mapToInt(a -> a.facts().size()).average().orElse(0);
		System.out.printf("%n%d answer sets, %.1f facts on average, %d rules, rule set %s%n", answerSets.length, facts,
				ruleSet.ruleNames().size(), ruleSet.version());
	}

	private Answers nextAnswers() {
		Answers a = answerSets[next];
		next = (next + 1) % answerSets.length;
		return a;
	}

	/**
	 * Our evaluation: pooled session, explanation recorder, merged and ordered results.
	 */
	@Benchmark
	public Evaluation evaluate() {
		return ruleSet.evaluate(nextAnswers());
	}

	/**
	 * Bare Drools on the same KieBase: new session, insert the same facts, fire, dispose.
	 */
	@Benchmark
	public int bareDroolsSession() {
		return insertAndFire(kieBase.newKieSession());
	}

	/**
	 * Bare Drools with the same session pool our evaluation uses, without explanation
	 * capture.
	 */
	@Benchmark
	public int bareDroolsPooledSession() {
		return insertAndFire(barePool.newKieSession());
	}

	private int insertAndFire(KieSession session) {
		try {
			for (Answer fact : nextAnswers().facts()) {
				session.insert(fact);
			}
			return session.fireAllRules();
		}
		finally {
			session.dispose();
		}
	}

}
