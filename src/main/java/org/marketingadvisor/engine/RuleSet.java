package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.marketingadvisor.engine.Evaluation.FindingResult;
import org.marketingadvisor.engine.Evaluation.RecommendationResult;
import org.marketingadvisor.knowledge.FindingDefinition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.RecommendationDefinition;
import org.marketingadvisor.knowledge.Severity;

/**
 * One compiled, immutable version of the rules together with the knowledge base they were
 * checked against. Everything that does not depend on the answers (compilation, the
 * session pool, the question order used to sort evidence) is done once here, not per
 * evaluation.
 */
public final class RuleSet {

	/**
	 * A rule that keeps firing is a bug in the rules; stop it rather than hang a request.
	 */
	static final int MAX_FIRINGS = 10_000;

	private final String version;

	private final KnowledgeBase knowledgeBase;

	private final KieBase kieBase;

	private final KieSessionsPool pool;

	private final List<String> ruleNames;

	private final long compileMillis;

	private final Map<String, Integer> questionOrder;

	RuleSet(String version, KnowledgeBase knowledgeBase, KieBase kieBase, int poolSize, long compileMillis) {
		this.version = version;
		this.knowledgeBase = knowledgeBase;
		this.kieBase = kieBase;
		this.pool = kieBase.newKieSessionsPool(poolSize);
		this.compileMillis = compileMillis;
		this.ruleNames = kieBase.getKiePackages()
			.stream()
			.flatMap(p -> p.getRules().stream())
			.map(r -> r.getName())
			.sorted()
			.toList();
		Map<String, Integer> order = new HashMap<>();
		List<Question> questions = knowledgeBase.questions();
		for (int i = 0; i < questions.size(); i++) {
			order.put(questions.get(i).id(), i);
		}
		this.questionOrder = Map.copyOf(order);
	}

	/** Content hash of the rules and the knowledge base that make up this version. */
	public String version() {
		return version;
	}

	public KnowledgeBase knowledgeBase() {
		return knowledgeBase;
	}

	/** The compiled rules, for tools that need a bare session (benchmarks). */
	public KieBase kieBase() {
		return kieBase;
	}

	/** Names of all rules, sorted. */
	public List<String> ruleNames() {
		return ruleNames;
	}

	public long compileMillis() {
		return compileMillis;
	}

	/** Evaluates answers in a fresh session (taken from the pool, reset on return). */
	public Evaluation evaluate(Answers answers) {
		ExplanationRecorder recorder = new ExplanationRecorder();
		KieSession session = pool.newKieSession();
		session.addEventListener((AgendaEventListener) recorder);
		session.addEventListener((RuleRuntimeEventListener) recorder);
		try {
			fire(session, answers);
		}
		finally {
			session.removeEventListener((AgendaEventListener) recorder);
			session.removeEventListener((RuleRuntimeEventListener) recorder);
			session.dispose();
		}
		return assemble(recorder);
	}

	/**
	 * The ids of what {@link #evaluate} concludes from the answers, without recording
	 * why: for comparing many answer sets (the impact preview) at less cost.
	 */
	public Conclusions conclusions(Answers answers) {
		ConclusionRecorder recorder = new ConclusionRecorder();
		KieSession session = pool.newKieSession();
		session.addEventListener(recorder);
		try {
			fire(session, answers);
		}
		finally {
			session.removeEventListener(recorder);
			session.dispose();
		}
		return recorder.conclusions(knowledgeBase);
	}

	private static void fire(KieSession session, Answers answers) {
		for (Answer fact : answers.facts()) {
			session.insert(fact);
		}
		int fired = session.fireAllRules(MAX_FIRINGS);
		if (fired >= MAX_FIRINGS) {
			throw new IllegalStateException("Rules fired " + fired + " times without settling; a rule loops");
		}
	}

	private Evaluation assemble(ExplanationRecorder recorder) {
		Map<String, FindingBuilder> findings = new LinkedHashMap<>();
		Map<String, RecommendationBuilder> recommendations = new LinkedHashMap<>();
		for (Derived d : recorder.derived()) {
			if (d instanceof Finding f) {
				knowledgeBase.finding(f.getId())
					.ifPresent(def -> findings.computeIfAbsent(f.getId(), id -> new FindingBuilder(def)).add(f));
			}
			else if (d instanceof Recommendation r) {
				knowledgeBase.recommendation(r.getId())
					.ifPresent(def -> recommendations.computeIfAbsent(r.getId(), id -> new RecommendationBuilder(def))
						.add(r));
			}
		}
		List<FindingResult> findingResults = findings.values()
			.stream()
			.map(FindingBuilder::build)
			.sorted(Comparator.comparing(FindingResult::severity)
				.thenComparingInt(f -> knowledgeBase.areaOrder(f.area()))
				.thenComparing(FindingResult::id))
			.toList();
		List<RecommendationResult> recommendationResults = recommendations.values()
			.stream()
			.map(RecommendationBuilder::build)
			.sorted(Comparator.comparing(RecommendationResult::priority)
				.thenComparingInt(r -> knowledgeBase.areaOrder(r.area()))
				.thenComparing(RecommendationResult::id))
			.toList();
		return new Evaluation(version, findingResults, recommendationResults, List.copyOf(recorder.firedRules()));
	}

	/**
	 * The answers behind a derived fact: those it matched, and those behind the facts it
	 * matched.
	 */
	private static void evidence(Derived d, Set<String> into) {
		for (Object o : d.matched()) {
			if (o instanceof Answer a) {
				into.add(a.getQuestion());
			}
			else if (o instanceof Derived other) {
				evidence(other, into);
			}
		}
	}

	private List<String> inQuestionOrder(Set<String> questions) {
		List<String> list = new ArrayList<>(questions);
		list.sort(Comparator.comparingInt(q -> questionOrder.getOrDefault(q, Integer.MAX_VALUE)));
		return List.copyOf(list);
	}

	private static List<String> sortedRules(Set<String> rules) {
		return rules.stream().sorted().toList();
	}

	private final class FindingBuilder {

		private final FindingDefinition definition;

		private Severity severity;

		private final Set<String> rules = new LinkedHashSet<>();

		private final Set<String> evidence = new LinkedHashSet<>();

		FindingBuilder(FindingDefinition definition) {
			this.definition = definition;
		}

		void add(Finding f) {
			Severity s = f.getSeverity() != null ? f.getSeverity() : definition.severity();
			// several rules may diagnose the same thing at different severities: the
			// gravest one counts
			if (severity == null || s.compareTo(severity) < 0) {
				severity = s;
			}
			if (f.rule() != null) {
				rules.add(f.rule());
			}
			evidence(f, evidence);
		}

		FindingResult build() {
			return new FindingResult(definition.id(), definition.kind(), severity, definition.area(),
					sortedRules(rules), inQuestionOrder(evidence));
		}

	}

	private final class RecommendationBuilder {

		private final RecommendationDefinition definition;

		private final Set<String> rules = new LinkedHashSet<>();

		private final Set<String> findings = new java.util.TreeSet<>();

		private final Set<String> evidence = new LinkedHashSet<>();

		/** The most urgent priority any firing allows; null until one fired. */
		private Severity priority;

		RecommendationBuilder(RecommendationDefinition definition) {
			this.definition = definition;
		}

		void add(Recommendation r) {
			if (r.rule() != null) {
				rules.add(r.rule());
			}
			// advice is never more urgent than the gravest finding it follows from: a
			// softened finding ("medium" for co-owners who back each other up) caps what
			// its rule recommends; a rule on answers alone keeps the knowledge base's
			// priority
			Severity gravest = null;
			for (Object o : r.matched()) {
				if (o instanceof Finding f) {
					findings.add(f.getId());
					Severity s = severityOf(f);
					if (s != null && (gravest == null || s.compareTo(gravest) < 0)) {
						gravest = s;
					}
				}
			}
			Severity allowed = gravest == null || gravest.compareTo(definition.priority()) <= 0 ? definition.priority()
					: gravest;
			if (priority == null || allowed.compareTo(priority) < 0) {
				priority = allowed;
			}
			evidence(r, evidence);
		}

		private Severity severityOf(Finding f) {
			if (f.getSeverity() != null) {
				return f.getSeverity();
			}
			return knowledgeBase.finding(f.getId())
				.map(FindingDefinition::severity)
				.filter(s -> s != Severity.INFO)
				.orElse(null);
		}

		RecommendationResult build() {
			return new RecommendationResult(definition.id(), priority == null ? definition.priority() : priority,
					definition.area(), sortedRules(rules), List.copyOf(findings), inQuestionOrder(evidence));
		}

	}

}
