package org.marketingadvisor.lint;

import org.marketingadvisor.ruleset.Content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleReferences;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleWords;
import org.marketingadvisor.knowledge.FindingDefinition;
import org.marketingadvisor.knowledge.Heuristic;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.RecommendationDefinition;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * Finds what compiles but is still wrong with a rule set.
 *
 * <p>
 * Errors (they block publishing), found exactly from the rule text: a rule that can never
 * fire because it asks for a number outside the question's range, or for an answer to a
 * question that the rule's own other conditions hide. Warnings: a rule that duplicates
 * another or is subsumed by one (same conclusion, a subset of its conditions); findings
 * and recommendations no rule produces; diagnosable heuristics no produced finding rests
 * on; and, by evaluating a sample of generated answer sets (the size is reported), rules
 * that never fired and pairs of recommendations declared as conflicting that came out
 * together (with an example). Unknown questions, options, findings and recommendations
 * are refused earlier, when the rule set is built.
 */
public final class RuleLinter {

	/** How many generated answer sets the sampled checks evaluate. */
	public static final int SAMPLE_SIZE = 2000;

	/** How bad a lint is. */
	public enum Level {

		ERROR, WARNING

	}

	/**
	 * One thing found: where (file:line) and what, as a problem each page says in its
	 * language.
	 */
	public record Issue(Level level, Problem problem) {

		/** {@code file:line}. */
		public String where() {
			return problem.where();
		}

		/** What, in English (for logs and tests). */
		public String message() {
			return problem.englishText();
		}

		@Override
		public String toString() {
			return problem.english();
		}

	}

	/** Everything found, and how many sampled answer sets the sampled checks used. */
	public record Report(List<Issue> errors, List<Issue> warnings, int sampleSize) {

	}

	/**
	 * A rule as written: where, its condition lines and its consequence, normalised; and
	 * how a message names it ({@code sentence.lint.rule}: its sentence on a ru/uk page).
	 */
	record Rule(String name, String where, List<String> conditions, String consequence, DrlRule model, Problem named) {

		/** A problem at the rule's first line. */
		Problem at(String key, Object... args) {
			return Problem.at(model.path(), model.line(), null, key, args);
		}

	}

	private static Issue warning(Problem problem) {
		return new Issue(Level.WARNING, problem);
	}

	private RuleLinter() {
	}

	/**
	 * The errors only, which are exact and quick: what the publish gate checks.
	 */
	public static List<Problem> errors(RuleSet ruleSet, Content content) {
		List<Issue> errors = new ArrayList<>();
		for (Rule rule : rules(content.ruleFiles(), ruleSet.knowledgeBase())) {
			UnreachableRules.find(rule, ruleSet.knowledgeBase(), errors);
		}
		return errors.stream().map(Issue::problem).toList();
	}

	/**
	 * Lints a built rule set against the content it was built from; {@code sampleSize} 0
	 * skips the sampled checks.
	 */
	public static Report lint(RuleSet ruleSet, Content content, int sampleSize, long seed) {
		KnowledgeBase kb = ruleSet.knowledgeBase();
		List<Issue> errors = new ArrayList<>();
		List<Issue> warnings = new ArrayList<>();
		// the files are read once: the rules and the ids they name come from one parse
		List<DrlRule> parsed = RuleSafety.read(content.ruleFiles()).rules();
		List<Rule> rules = described(parsed, kb);
		for (Rule rule : rules) {
			UnreachableRules.find(rule, kb, errors);
		}
		duplicates(rules, warnings);
		RuleReferences refs = RuleReferences.of(parsed, kb);
		for (FindingDefinition f : kb.findings()) {
			if (!refs.findingsProduced().contains(f.id())) {
				warnings.add(
						warning(Problem.in("knowledge-base/findings.yaml", "problem.lint.finding-unproduced", f.id())));
			}
		}
		for (RecommendationDefinition r : kb.recommendations()) {
			if (!refs.recommendationsProduced().contains(r.id())) {
				warnings.add(warning(Problem.in("knowledge-base/recommendations.yaml",
						"problem.lint.recommendation-unproduced", r.id())));
			}
		}
		Set<String> encoded = new HashSet<>();
		for (FindingDefinition f : kb.findings()) {
			if (refs.findingsProduced().contains(f.id()) && f.heuristics() != null) {
				encoded.addAll(f.heuristics());
			}
		}
		for (Heuristic h : kb.heuristics()) {
			if (h.isDiagnosable() && !encoded.contains(h.id())) {
				warnings.add(
						warning(Problem.in("knowledge-base/heuristics.yaml", "problem.lint.heuristic-unused", h.id())));
			}
		}
		int sampled = sampleSize <= 0 ? 0 : sampled(ruleSet, rules, sampleSize, seed, warnings);
		return new Report(List.copyOf(errors), List.copyOf(warnings), sampled);
	}

	/**
	 * The rules of the files as the engine's safety check read them (Drools' own parse),
	 * each with its file and line; a file the check refuses has none.
	 */
	static List<Rule> rules(List<SourceFile> files, KnowledgeBase kb) {
		return described(RuleSafety.read(files).rules(), kb);
	}

	private static List<Rule> described(List<DrlRule> parsed, KnowledgeBase kb) {
		List<Rule> rules = new ArrayList<>();
		for (DrlRule rule : parsed) {
			rules.add(new Rule(rule.name(), rule.where(), rule.when().stream().map(DrlRule.Element::drl).toList(),
					rule.then().stream().map(DrlRule.Action::drl).collect(java.util.stream.Collectors.joining(" ")),
					rule, Problem.phrase("sentence.lint.rule", rule.name(), RuleWords.sentence(rule, kb))));
		}
		return rules;
	}

	private static void duplicates(List<Rule> rules, List<Issue> warnings) {
		for (int i = 0; i < rules.size(); i++) {
			for (int j = 0; j < rules.size(); j++) {
				Rule a = rules.get(i);
				Rule b = rules.get(j);
				if (i == j || !a.consequence().equals(b.consequence())) {
					continue;
				}
				Set<String> ca = new HashSet<>(a.conditions());
				Set<String> cb = new HashSet<>(b.conditions());
				if (ca.equals(cb)) {
					if (i < j) {
						warnings.add(warning(b.at("problem.lint.duplicate", b.named(), a.named(), a.where())));
					}
				}
				else if (cb.containsAll(ca)) {
					warnings.add(warning(b.at("problem.lint.subsumed", b.named(), a.named(), a.where())));
				}
			}
		}
	}

	/** Rules that never fired and conflicting pairs that fired together, on a sample. */
	private static int sampled(RuleSet ruleSet, List<Rule> rules, int size, long seed, List<Issue> warnings) {
		KnowledgeBase kb = ruleSet.knowledgeBase();
		List<AnswerSampler.Sample> samples = AnswerSampler.sample(kb, size, seed);
		Set<String> fired = new HashSet<>();
		Map<String, String> conflictExample = new java.util.TreeMap<>();
		for (AnswerSampler.Sample sample : samples) {
			Evaluation e = ruleSet.evaluate(sample.answers());
			fired.addAll(e.firedRules());
			for (RecommendationDefinition r : kb.recommendations()) {
				if (!r.conflictsWith().isEmpty() && e.hasRecommendation(r.id())) {
					for (String other : r.conflictsWith()) {
						String pair = r.id().compareTo(other) < 0 ? r.id() + " + " + other : other + " + " + r.id();
						if (e.hasRecommendation(other) && !conflictExample.containsKey(pair)) {
							conflictExample.put(pair, sample.json());
						}
					}
				}
			}
		}
		for (Rule rule : rules) {
			if (!fired.contains(rule.name())) {
				warnings
					.add(warning(rule.at("problem.lint.never-fired", rule.named(), String.valueOf(samples.size()))));
			}
		}
		conflictExample.forEach((pair, example) -> warnings
			.add(warning(Problem.in("knowledge-base/recommendations.yaml", "problem.lint.conflict", pair, example))));
		return samples.size();
	}

}
