package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.marketingadvisor.engine.DrlRule.Constraint;
import org.marketingadvisor.engine.DrlRule.Element;
import org.marketingadvisor.engine.DrlRule.Group;
import org.marketingadvisor.engine.DrlRule.Kind;
import org.marketingadvisor.engine.DrlRule.Pattern;
import org.marketingadvisor.engine.DrlRule.Value;
import org.marketingadvisor.engine.RuleSentence.AnswerClause;
import org.marketingadvisor.engine.RuleSentence.Clause;
import org.marketingadvisor.engine.RuleSentence.FactClause;
import org.marketingadvisor.engine.RuleSentence.Opaque;
import org.marketingadvisor.engine.RuleSentence.Then;

/**
 * Reads a rule as {@link RuleSafety} accepted it (Drools' own parse) into the parts of a
 * sentence. A pattern on an answer becomes a condition on its question; a pattern on a
 * finding, a condition on that finding; {@code not}, {@code or} and {@code exists} keep
 * their meaning. What has no words here (a bound variable compared, a pattern on an
 * answer without its question) becomes {@link Opaque}, so the sentence says less rather
 * than something wrong.
 */
public final class DrlSentences {

	private DrlSentences() {
	}

	/** The rule as the parts of a sentence. */
	public static RuleSentence of(DrlRule rule) {
		List<Clause> when = new ArrayList<>();
		for (Element e : rule.when()) {
			when.add(element(e));
		}
		List<Then> then = new ArrayList<>();
		for (DrlRule.Action a : rule.then()) {
			if (a.inserts()) {
				then.add(new Then(a.type().equals("Finding") ? "finding" : "recommendation", a.id(), a.severity()));
			}
		}
		return new RuleSentence(RuleSentence.all(when), then);
	}

	private static Clause element(Element e) {
		if (e instanceof Pattern p) {
			return pattern(p);
		}
		Group g = (Group) e;
		List<Clause> parts = g.elements().stream().map(DrlSentences::element).toList();
		if (g.kind() == Kind.OR) {
			return RuleSentence.any(parts);
		}
		Clause all = RuleSentence.all(parts);
		return g.kind() == Kind.NOT ? RuleSentence.not(all) : all;
	}

	private static Clause pattern(Pattern p) {
		if (p.binding() != null) {
			// bound facts are compared elsewhere in the rule: no words for that
			return new Opaque();
		}
		if (p.type().equals("Answer")) {
			return answer(p);
		}
		List<String> ids = new ArrayList<>();
		for (Constraint c : p.constraints()) {
			if (!c.field().equals("id") || c.binding() != null
					|| !("==".equals(c.operator()) || "in".equals(c.operator()))
					|| c.values().stream().anyMatch(v -> !v.isString())) {
				return new Opaque();
			}
			if (!ids.isEmpty()) {
				return new Opaque();
			}
			c.values().forEach(v -> ids.add(v.text()));
		}
		if (ids.isEmpty()) {
			return new Opaque();
		}
		return new FactClause(p.type(), ids, true);
	}

	private static Clause answer(Pattern p) {
		Optional<String> question = p.equalTo("question");
		if (question.isEmpty()) {
			return new Opaque();
		}
		String q = question.get();
		List<Clause> parts = new ArrayList<>();
		Double atLeast = null;
		Double atMost = null;
		for (Constraint c : p.constraints()) {
			if (c.field().equals("question")) {
				if (!"==".equals(c.operator()) || c.values().size() != 1 || !c.values().get(0).text().equals(q)) {
					return new Opaque();
				}
				continue;
			}
			if (c.binding() != null || c.operator() == null || c.values().stream().anyMatch(Value::isVariable)) {
				return new Opaque();
			}
			List<String> values = c.values().stream().map(Value::text).toList();
			if (c.field().equals("value")) {
				parts.add(switch (c.operator()) {
					case "==" -> AnswerClause.of(q, "is", values);
					case "!=" -> AnswerClause.of(q, "is-not", values);
					case "in" -> AnswerClause.of(q, "any-of", values);
					default -> AnswerClause.of(q, "none-of", values);
				});
				continue;
			}
			Double n = Double.valueOf(values.get(0));
			switch (c.operator()) {
				case ">=" -> atLeast = n;
				case "<=" -> atMost = n;
				case "==" -> parts.add(AnswerClause.number(q, "eq", n, null));
				case "<" -> parts.add(AnswerClause.number(q, "lt", n, null));
				case ">" -> parts.add(AnswerClause.number(q, "gt", n, null));
				default -> {
					return new Opaque();
				}
			}
		}
		if (atLeast != null && atMost != null) {
			parts.add(AnswerClause.number(q, "between", atLeast, atMost));
		}
		else if (atLeast != null) {
			parts.add(AnswerClause.number(q, "ge", atLeast, null));
		}
		else if (atMost != null) {
			parts.add(AnswerClause.number(q, "le", atMost, null));
		}
		if (parts.isEmpty()) {
			parts.add(AnswerClause.of(q, "answered", List.of()));
		}
		// all constraints of one pattern hold of one answer: for a single answer that is
		// the same as each holding
		return RuleSentence.all(parts);
	}

}
