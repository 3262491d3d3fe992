package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.marketingadvisor.engine.RuleSentence.All;
import org.marketingadvisor.engine.RuleSentence.AnswerClause;
import org.marketingadvisor.engine.RuleSentence.Any;
import org.marketingadvisor.engine.RuleSentence.Clause;
import org.marketingadvisor.engine.RuleSentence.FactClause;
import org.marketingadvisor.engine.RuleSentence.Not;
import org.marketingadvisor.engine.RuleSentence.Then;
import org.marketingadvisor.knowledge.FindingDefinition;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.knowledge.RecommendationDefinition;
import org.marketingadvisor.knowledge.Severity;

/**
 * Puts a {@link RuleSentence} in words: a phrase of the message bundles
 * ({@code sentence.*}) whose arguments are phrases again, down to the knowledge base's
 * own texts (question texts, option labels, titles), so the same phrase reads in Russian,
 * Ukrainian or English wherever it is resolved: on a page, in a stored problem, in a log.
 * Never an id where the knowledge base has a text.
 */
public final class RuleWords {

	/** A text of the knowledge base, as a phrase that picks the page's language. */
	static final String TEXT = "sentence.text";

	/** The operators the bundles have words for ({@code sentence.answer.<op>}). */
	static final java.util.Set<String> OPERATORS = java.util.Set.of("is", "is-not", "not-chosen", "any-of", "none-of",
			"not-chosen-any", "eq", "lt", "le", "gt", "ge", "between", "answered", "not-answered");

	private RuleWords() {
	}

	/** "If ..., then: ..." */
	public static Problem sentence(RuleSentence s, KnowledgeBase kb) {
		return Problem.phrase("sentence.rule", clause(s.when(), kb), conclusion(s.then(), kb));
	}

	/** The rule read from its DRL, in words. */
	public static Problem sentence(DrlRule rule, KnowledgeBase kb) {
		return sentence(DrlSentences.of(rule), kb);
	}

	/** A knowledge-base text in whichever language the phrase is resolved in. */
	public static Problem text(LocalizedText t) {
		return t == null ? Problem.phrase(TEXT, "", "", "") : Problem.phrase(TEXT, t.ru(), t.uk(), t.en());
	}

	/** The conditions in words. */
	public static Problem clause(Clause c, KnowledgeBase kb) {
		if (c instanceof AnswerClause a) {
			// an operator without words (a description from an older form) says less,
			// never a raw key
			return OPERATORS.contains(a.op()) ? answer(a, kb) : Problem.phrase("sentence.opaque");
		}
		if (c instanceof FactClause f) {
			String many = f.ids().size() > 1 ? "-any" : "";
			String key = "sentence.fact." + (f.type().equals("Finding") ? "finding" : "recommendation") + "."
					+ (f.present() ? "present" : "absent") + many;
			return Problem.phrase(key, list(f.ids().stream().map(id -> quoted(factTitle(f.type(), id, kb))).toList()));
		}
		if (c instanceof All a) {
			return joined("sentence.and", a.clauses(), kb);
		}
		if (c instanceof Any a) {
			return joined("sentence.or", a.clauses(), kb);
		}
		if (c instanceof Not n) {
			return Problem.phrase("sentence.not", grouped(n.clause(), kb));
		}
		return Problem.phrase("sentence.opaque");
	}

	/**
	 * One condition as a decision table's cell shows it under its question's or finding's
	 * column: the value in words without the question ("≥ 15", "yes", "one of: A, B").
	 */
	public static Problem cell(Clause c, KnowledgeBase kb) {
		if (c instanceof AnswerClause a && OPERATORS.contains(a.op())) {
			return Problem.phrase("sentence.cell." + a.op() + (multiple(a, kb) ? ".multi" : ""), values(a, kb),
					a.to() == null ? "" : a.to());
		}
		if (c instanceof FactClause f && f.ids().size() == 1) {
			return Problem.phrase(f.present() ? "sentence.cell.found" : "sentence.cell.not-found");
		}
		return clause(c, kb);
	}

	/**
	 * The column a condition belongs under in a decision table: {@code q:<id>} for a
	 * question, {@code f:<id>} for one finding, empty for the rest ("other conditions").
	 */
	public static Optional<String> subject(Clause c) {
		if (c instanceof AnswerClause a) {
			return Optional.of("q:" + a.question());
		}
		if (c instanceof FactClause f && f.ids().size() == 1 && f.type().equals("Finding")) {
			return Optional.of("f:" + f.ids().get(0));
		}
		return Optional.empty();
	}

	/** What the rule concludes, joined by "and". */
	public static Problem conclusion(List<Then> then, KnowledgeBase kb) {
		if (then.isEmpty()) {
			return Problem.phrase("sentence.then.none");
		}
		Problem out = then(then.get(then.size() - 1), kb);
		for (int i = then.size() - 2; i >= 0; i--) {
			out = Problem.phrase("sentence.and", then(then.get(i), kb), out);
		}
		return out;
	}

	/** The title of what a rule concludes, in quotes: the fallback name of a rule. */
	public static Problem title(Then t, KnowledgeBase kb) {
		return quoted(factTitle(t.finding() ? "Finding" : "Recommendation", t.id(), kb));
	}

	private static Problem then(Then t, KnowledgeBase kb) {
		Problem title = title(t, kb);
		if (t.finding()) {
			Optional<FindingDefinition> f = kb.finding(t.id());
			if (f.isPresent() && f.get().kind() == FindingKind.STRENGTH) {
				return Problem.phrase("sentence.then.strength", title);
			}
			Optional<Severity> severity = Optional.ofNullable(t.severity())
				.flatMap(Severity::parse)
				.or(() -> f.map(FindingDefinition::severity));
			return severity.map(s -> Problem.phrase("sentence.then.finding", title, level(s)))
				.orElseGet(() -> Problem.phrase("sentence.then.finding-plain", title));
		}
		return kb.recommendation(t.id())
			.map(RecommendationDefinition::priority)
			.map(s -> Problem.phrase("sentence.then.recommendation", title, level(s)))
			.orElseGet(() -> Problem.phrase("sentence.then.recommendation-plain", title));
	}

	private static Problem level(Severity s) {
		return Problem.phrase("severity." + s.code());
	}

	private static Problem answer(AnswerClause a, KnowledgeBase kb) {
		Object question = kb.question(a.question()).map(q -> (Object) quoted(text(q.text()))).orElse(a.question());
		return Problem.phrase("sentence.answer." + a.op() + (multiple(a, kb) ? ".multi" : ""), question, values(a, kb),
				a.to() == null ? "" : a.to());
	}

	/** Whether the question takes several answers, which changes how a choice reads. */
	private static boolean multiple(AnswerClause a, KnowledgeBase kb) {
		return switch (a.op()) {
			case "is", "is-not", "not-chosen", "any-of", "none-of", "not-chosen-any" ->
				kb.question(a.question()).map(q -> q.type().manyValues()).orElse(false);
			default -> false;
		};
	}

	/** The clause's values in words: labels in quotes, a list, or the number. */
	private static Object values(AnswerClause a, KnowledgeBase kb) {
		if (a.from() != null) {
			return a.from();
		}
		if (a.values().isEmpty()) {
			return "";
		}
		Question q = kb.question(a.question()).orElse(null);
		return list(a.values().stream().map(v -> quoted(label(q, v))).toList());
	}

	private static Object label(Question q, String value) {
		if (q != null && q.type().hasFixedValues() && q.type().fixedValues().contains(value)) {
			return Problem.phrase("answer." + value);
		}
		if (q != null) {
			Optional<LocalizedText> label = q.option(value).map(o -> o.label());
			if (label.isPresent()) {
				return text(label.get());
			}
		}
		return value;
	}

	private static Object factTitle(String type, String id, KnowledgeBase kb) {
		Optional<LocalizedText> title = type.equals("Finding") ? kb.finding(id).map(FindingDefinition::title)
				: kb.recommendation(id).map(RecommendationDefinition::title);
		return title.<Object>map(RuleWords::text).orElse(id);
	}

	private static Problem quoted(Object o) {
		return Problem.phrase("sentence.quoted", o);
	}

	/** "a, b, c". */
	private static Object list(List<Problem> items) {
		if (items.isEmpty()) {
			return "";
		}
		Object out = items.get(items.size() - 1);
		for (int i = items.size() - 2; i >= 0; i--) {
			out = Problem.phrase("sentence.list", items.get(i), out);
		}
		return out;
	}

	private static Problem joined(String key, List<Clause> clauses, KnowledgeBase kb) {
		List<Problem> parts = new ArrayList<>();
		for (Clause c : clauses) {
			parts.add(grouped(c, kb));
		}
		Problem out = parts.get(parts.size() - 1);
		for (int i = parts.size() - 2; i >= 0; i--) {
			out = Problem.phrase(key, parts.get(i), out);
		}
		return out;
	}

	/** A group inside another reads in brackets, so "a and (b or c)" keeps its sense. */
	private static Problem grouped(Clause c, KnowledgeBase kb) {
		Problem p = clause(c, kb);
		return c instanceof All || c instanceof Any ? Problem.phrase("sentence.paren", p) : p;
	}

}
