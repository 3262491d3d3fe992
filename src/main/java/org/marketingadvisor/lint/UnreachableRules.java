package org.marketingadvisor.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.knowledge.Condition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.lint.RuleLinter.Issue;
import org.marketingadvisor.lint.RuleLinter.Level;
import org.marketingadvisor.lint.RuleLinter.Rule;
import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.questionnaire.ShowConditions;

/**
 * The linter's errors, found exactly from the rule text: a rule that can never fire
 * because it asks for a number outside the question's range, or for an answer to a
 * question that the rule's own other conditions hide.
 */
final class UnreachableRules {

	private UnreachableRules() {
	}

	static void find(Rule rule, KnowledgeBase kb, List<Issue> errors) {
		Map<String, String> required = new HashMap<>();
		Map<String, Set<String>> requiredAnyOf = new HashMap<>();
		Set<String> absent = new HashSet<>();
		Set<String> present = new LinkedHashSet<>();
		// only top-level patterns are required; inside an (or ...) or not (...) group
		// none
		// is required on its own
		for (DrlRule.Element e : rule.model().when()) {
			if (e instanceof DrlRule.Group g && g.kind() == DrlRule.Kind.NOT && g.elements().size() == 1
					&& g.elements().get(0) instanceof DrlRule.Pattern p && p.type().equals("Answer")) {
				boolean onlyQuestion = p.constraints().stream().allMatch(c -> c.field().equals("question"));
				p.equalTo("question").filter(q -> onlyQuestion).ifPresent(absent::add);
				continue;
			}
			DrlRule.Pattern p = e instanceof DrlRule.Pattern pattern ? pattern
					: e instanceof DrlRule.Group g && g.kind() == DrlRule.Kind.EXISTS && g.elements().size() == 1
							&& g.elements().get(0) instanceof DrlRule.Pattern inner ? inner : null;
			if (p == null || !p.type().equals("Answer") || p.equalTo("question").isEmpty()) {
				continue;
			}
			String question = p.equalTo("question").get();
			present.add(question);
			for (DrlRule.Constraint c : p.constraints()) {
				if (!c.field().equals("value") || c.values().isEmpty() || !c.values().get(0).isString()) {
					continue;
				}
				if ("==".equals(c.operator())) {
					required.put(question, c.values().get(0).text());
				}
				else if ("in".equals(c.operator())) {
					requiredAnyOf.put(question, new TreeSet<>(c.values().stream().map(DrlRule.Value::text).toList()));
				}
			}
			kb.question(question).ifPresent(def -> numberOutOfRange(rule, def, p, errors));
		}
		for (String question : present) {
			Question def = kb.question(question).orElse(null);
			if (def == null || def.condition() == null) {
				continue;
			}
			Condition shown = def.condition();
			String parent = shown.question();
			if (absent.contains(parent)) {
				errors.add(new Issue(Level.ERROR,
						rule.at("problem.lint.parent-unanswered", rule.named(), question, parent)));
				continue;
			}
			Question parentDef = kb.question(parent).orElse(null);
			if (parentDef == null) {
				continue;
			}
			Set<String> parentValues = required.containsKey(parent) ? Set.of(required.get(parent))
					: requiredAnyOf.get(parent);
			if (parentValues == null) {
				continue;
			}
			boolean anyShows = parentValues.stream().anyMatch(v -> shows(shown, parentDef, v));
			if (!anyShows) {
				errors.add(new Issue(Level.ERROR, rule.at("problem.lint.hidden", rule.named(), question, parent,
						String.join(", ", parentValues))));
			}
		}
	}

	/**
	 * Whether an answer whose fact has this value can show the question; a value that
	 * does not tell the whole answer (one of several choices, a number) may.
	 */
	private static boolean shows(Condition c, Question parent, String value) {
		AnswerValue answer = AnswerType.of(parent).fromFact(value);
		return answer == null || ShowConditions.holds(c, answer);
	}

	private static void numberOutOfRange(Rule rule, Question q, DrlRule.Pattern pattern, List<Issue> errors) {
		for (DrlRule.Constraint c : pattern.constraints()) {
			if (!c.field().equals("number") || c.operator() == null || c.values().size() != 1
					|| c.values().get(0).isVariable()) {
				continue;
			}
			String op = c.operator();
			double x = Double.parseDouble(c.values().get(0).text());
			Double min = q.min();
			Double max = q.max();
			boolean never = switch (op) {
				case ">" -> max != null && x >= max;
				case ">=" -> max != null && x > max;
				case "<" -> min != null && x <= min;
				case "<=" -> min != null && x < min;
				case "!=" -> false;
				default -> (max != null && x > max) || (min != null && x < min);
			};
			if (never) {
				errors.add(new Issue(Level.ERROR, rule.at("problem.lint.out-of-range", rule.named(), q.id(), bound(min),
						bound(max), op, c.values().get(0).text())));
			}
		}
	}

	/** A bound of a range, or the phrase "any" when there is none. */
	private static Object bound(Double d) {
		return d == null ? Problem.phrase("problem.lint.any") : format(d);
	}

	private static String format(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
	}

}
