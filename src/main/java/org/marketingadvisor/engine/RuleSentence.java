package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.marketingadvisor.knowledge.KnowledgeBase;

/**
 * What a rule says, as the parts of a sentence: its conditions (on answers and on
 * findings, joined by and, or, not) and what it concludes. Read from a rule's DRL by
 * {@link DrlSentences} or from the guided editor's own description of a rule; both reach
 * the same parts for the same rule, because the factories here normalise the same way
 * (nested ANDs flattened, a NOT of one condition turned into the negated condition, "is
 * answered" followed by "is not X" read as one condition). {@link RuleWords} puts it in
 * words in any of the product's languages.
 *
 * @param when the conditions, all of which must hold
 * @param then what the rule derives
 */
public record RuleSentence(Clause when, List<Then> then) {

	public RuleSentence {
		then = List.copyOf(then);
	}

	/** A condition, or conditions joined. */
	public sealed interface Clause permits AnswerClause, FactClause, All, Any, Not, Opaque {

	}

	/**
	 * A condition on the answer to a question. Operators: is, is-not (answered, not with
	 * it), not-chosen (not answered with it, or not answered at all), any-of, none-of
	 * (answered, with none of them), not-chosen-any, eq, lt, le, gt, ge, between,
	 * answered, not-answered.
	 */
	public record AnswerClause(String question, String op, List<String> values, Double from,
			Double to) implements Clause {

		public AnswerClause {
			values = values == null ? List.of() : List.copyOf(values);
		}

		static AnswerClause of(String question, String op, List<String> values) {
			return new AnswerClause(question, op, values, null, null);
		}

		static AnswerClause number(String question, String op, Double from, Double to) {
			return new AnswerClause(question, op, List.of(), from, to);
		}

	}

	/**
	 * A condition on a derived fact: {@code type} Finding or Recommendation; present
	 * means at least one of {@code ids} was derived, absent that none was.
	 */
	public record FactClause(String type, List<String> ids, boolean present) implements Clause {

		public FactClause {
			ids = List.copyOf(ids);
		}

	}

	/** Every one holds. */
	public record All(List<Clause> clauses) implements Clause {

		public All {
			clauses = List.copyOf(clauses);
		}

	}

	/** At least one holds. */
	public record Any(List<Clause> clauses) implements Clause {

		public Any {
			clauses = List.copyOf(clauses);
		}

	}

	/** It does not hold. */
	public record Not(Clause clause) implements Clause {

	}

	/** A condition the reader cannot put in words. */
	public record Opaque() implements Clause {

	}

	/**
	 * A conclusion: {@code type} finding or recommendation, its id, and the severity the
	 * rule gives a finding instead of the knowledge base's (or null).
	 */
	public record Then(String type, String id, String severity) {

		public boolean finding() {
			return "finding".equals(type);
		}

	}

	/** The conditions joined by AND, flattened and normalised. */
	public static Clause all(List<Clause> clauses) {
		List<Clause> flat = new ArrayList<>();
		for (Clause c : clauses) {
			if (c instanceof All a) {
				flat.addAll(a.clauses());
			}
			else {
				flat.add(c);
			}
		}
		List<Clause> folded = fold(flat);
		return folded.size() == 1 ? folded.get(0) : new All(folded);
	}

	/** The conditions joined by OR. */
	public static Clause any(List<Clause> clauses) {
		List<Clause> flat = new ArrayList<>();
		for (Clause c : clauses) {
			if (c instanceof Any a) {
				flat.addAll(a.clauses());
			}
			else {
				flat.add(c);
			}
		}
		return flat.size() == 1 ? flat.get(0) : new Any(flat);
	}

	/** The condition negated, as one condition where one says it. */
	public static Clause not(Clause c) {
		if (c instanceof FactClause f) {
			return new FactClause(f.type(), f.ids(), !f.present());
		}
		if (c instanceof Not n) {
			return n.clause();
		}
		if (c instanceof AnswerClause a) {
			String negated = switch (a.op()) {
				case "is" -> "not-chosen";
				case "any-of" -> "not-chosen-any";
				case "answered" -> "not-answered";
				case "not-answered" -> "answered";
				default -> null;
			};
			if (negated != null) {
				return new AnswerClause(a.question(), negated, a.values(), a.from(), a.to());
			}
		}
		return new Not(c);
	}

	/**
	 * "Is answered" and, later, "not answered with X" on the same question read as one
	 * condition: "answered, but not with X" (the guided editor's "is not").
	 */
	private static List<Clause> fold(List<Clause> clauses) {
		List<Clause> out = new ArrayList<>(clauses);
		for (int i = 0; i < out.size(); i++) {
			if (!(out.get(i) instanceof AnswerClause answered) || !answered.op().equals("answered")) {
				continue;
			}
			for (int j = i + 1; j < out.size(); j++) {
				if (out.get(j) instanceof AnswerClause a && a.question().equals(answered.question())
						&& (a.op().equals("not-chosen") || a.op().equals("not-chosen-any"))) {
					out.set(i, AnswerClause.of(a.question(), a.op().equals("not-chosen") ? "is-not" : "none-of",
							a.values()));
					out.remove(j);
					break;
				}
			}
		}
		return out;
	}

	/** Whether every part of the conditions could be put in words. */
	public boolean readable() {
		return readable(when);
	}

	private static boolean readable(Clause c) {
		if (c instanceof Opaque) {
			return false;
		}
		if (c instanceof All a) {
			return a.clauses().stream().allMatch(RuleSentence::readable);
		}
		if (c instanceof Any a) {
			return a.clauses().stream().allMatch(RuleSentence::readable);
		}
		return !(c instanceof Not n) || readable(n.clause());
	}

	/** The area of the rule: that of the first thing it concludes that the base knows. */
	public Optional<String> area(KnowledgeBase kb) {
		for (Then t : then) {
			Optional<String> area = t.finding() ? kb.finding(t.id()).map(f -> f.area())
					: kb.recommendation(t.id()).map(r -> r.area());
			if (area.isPresent()) {
				return area;
			}
		}
		return Optional.empty();
	}

	/**
	 * The top-level conditions: the parts of an AND, or the one condition.
	 */
	public List<Clause> conditions() {
		return when instanceof All a ? a.clauses() : List.of(when);
	}

}
