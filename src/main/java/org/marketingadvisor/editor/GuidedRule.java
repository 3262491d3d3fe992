package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.marketingadvisor.engine.DrlSentences;
import org.marketingadvisor.engine.RuleSentence;
import org.marketingadvisor.engine.RuleSentence.AnswerClause;
import org.marketingadvisor.engine.RuleSentence.Clause;
import org.marketingadvisor.engine.RuleSentence.FactClause;
import org.marketingadvisor.engine.RuleSentence.Then;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.web.FormError;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rule built in the guided form: groups of conditions on answers and findings, and a
 * conclusion (a finding, or a recommendation). Turned into readable DRL by
 * {@link #drl()}; the form's own description travels with the DRL as a comment line just
 * above the rule, so the rule opens in the form again.
 *
 * @param name the rule's name, a sentence, unique in the rule set
 * @param groups joined by AND
 * @param conclusion what the rule derives
 */
public record GuidedRule(String name, List<Group> groups, Conclusion conclusion) {

	/** The comment that carries the form's description above a guided rule. */
	public static final String MARKER = "// guided-rule: ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Conditions joined by {@code all} (AND) or {@code any} (OR); {@code negate} puts NOT
	 * before the whole group.
	 */
	public record Group(String join, boolean negate, List<Cond> conditions) {

		boolean any() {
			return "any".equals(join);
		}

	}

	/**
	 * One condition: on an answer ({@code question} set) or on a finding ({@code finding}
	 * set). Operators on answers: is, is-not, any-of, none-of (choices and yes/no), eq,
	 * lt, gt, between (numbers and scales), answered, not-answered; on findings: present,
	 * absent.
	 */
	public record Cond(String question, String finding, String op, List<String> values, Double from, Double to) {

		public List<String> valuesOrEmpty() {
			return values == null ? List.of() : values;
		}

	}

	/** What the rule derives: {@code type} finding or recommendation, with its id. */
	public record Conclusion(String type, String id) {

		public boolean finding() {
			return "finding".equals(type);
		}

	}

	/** Operators that fit a question's type. */
	public static List<String> operatorsFor(QuestionType type) {
		return AnswerType.of(type).operators();
	}

	public static final List<String> FINDING_OPERATORS = List.of("present", "absent");

	/**
	 * What is wrong with the rule for this knowledge base; a condition's problem names
	 * its place ({@code guided.at} with "2.1": group 2, condition 1). Empty when it can
	 * be saved.
	 */
	public List<FormError> problems(KnowledgeBase kb) {
		List<FormError> problems = new ArrayList<>();
		if (name == null || name.isBlank()) {
			problems.add(FormError.of("guided.error.name"));
		}
		else if (name.contains("\"") || name.contains("\n") || name.length() > 200) {
			problems.add(FormError.of("guided.error.name-chars"));
		}
		int conditions = 0;
		for (int g = 0; g < groups.size(); g++) {
			for (int c = 0; c < groups.get(g).conditions().size(); c++) {
				conditions++;
				String where = (g + 1) + "." + (c + 1);
				condProblems(groups.get(g).conditions().get(c), kb)
					.ifPresent(p -> problems.add(FormError.of("guided.at", where, FormError.of(p))));
			}
		}
		if (conditions == 0) {
			problems.add(FormError.of("guided.error.no-conditions"));
		}
		if (conclusion == null || conclusion.id() == null || conclusion.id().isBlank()) {
			problems.add(FormError.of("guided.error.conclusion"));
		}
		else if (conclusion.finding() ? kb.finding(conclusion.id()).isEmpty()
				: kb.recommendation(conclusion.id()).isEmpty()) {
			problems.add(FormError.of("guided.error.conclusion-unknown"));
		}
		return problems;
	}

	private static Optional<String> condProblems(Cond c, KnowledgeBase kb) {
		if (c.finding() != null) {
			if (kb.finding(c.finding()).isEmpty()) {
				return Optional.of("guided.error.finding");
			}
			return FINDING_OPERATORS.contains(c.op()) ? Optional.empty() : Optional.of("guided.error.operator");
		}
		Question q = c.question() == null ? null : kb.question(c.question()).orElse(null);
		if (q == null) {
			return Optional.of("guided.error.question");
		}
		if (!operatorsFor(q.type()).contains(c.op())) {
			return Optional.of("guided.error.operator");
		}
		switch (c.op()) {
			case "is", "is-not", "any-of", "none-of" -> {
				List<String> allowed = q.answerValues();
				if (c.valuesOrEmpty().isEmpty() || !allowed.containsAll(c.valuesOrEmpty())
						|| (c.op().startsWith("is") && c.valuesOrEmpty().size() != 1)) {
					return Optional.of("guided.error.value");
				}
			}
			case "eq", "lt", "gt" -> {
				if (c.from() == null) {
					return Optional.of("guided.error.number");
				}
			}
			case "between" -> {
				if (c.from() == null || c.to() == null || c.from() > c.to()) {
					return Optional.of("guided.error.between");
				}
			}
			default -> {
			}
		}
		return Optional.empty();
	}

	/** The rule as DRL, with the form's description above it; one pattern per line. */
	public String drl() {
		StringBuilder out = new StringBuilder();
		out.append(MARKER).append(JSON.writeValueAsString(this)).append('\n');
		out.append("rule \"").append(name).append("\"\nwhen\n");
		for (Group g : groups) {
			List<List<String>> parts = g.conditions().stream().map(GuidedRule::patterns).toList();
			if (!g.negate() && !g.any()) {
				parts.forEach(p -> p.forEach(line -> out.append("    ").append(line).append('\n')));
				continue;
			}
			String joiner = g.any() ? "or" : "and";
			out.append("    ").append(g.negate() ? "not (" : "(").append('\n');
			for (int i = 0; i < parts.size(); i++) {
				List<String> p = parts.get(i);
				String line = p.size() == 1 ? p.get(0) : "(" + String.join(" and ", p) + ")";
				out.append("        ").append(i > 0 ? joiner + " " : "").append(line).append('\n');
			}
			out.append("    )\n");
		}
		out.append("then\n    insertLogical(new ")
			.append(conclusion.finding() ? "Finding" : "Recommendation")
			.append("(\"")
			.append(conclusion.id())
			.append("\"));\nend\n");
		return out.toString();
	}

	/** The DRL patterns of one condition (ANDed). */
	private static List<String> patterns(Cond c) {
		if (c.finding() != null) {
			String p = "Finding(id == \"" + c.finding() + "\")";
			return List.of("absent".equals(c.op()) ? "not " + p : p);
		}
		String q = "question == \"" + c.question() + "\"";
		String values = c.valuesOrEmpty().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
		return switch (c.op()) {
			case "is" -> List.of("Answer(" + q + ", value == " + values + ")");
			case "is-not" -> List.of("exists Answer(" + q + ")", "not Answer(" + q + ", value == " + values + ")");
			case "any-of" -> List.of("Answer(" + q + ", value in (" + values + "))");
			case "none-of" -> List.of("exists Answer(" + q + ")", "not Answer(" + q + ", value in (" + values + "))");
			case "eq" -> List.of("Answer(" + q + ", number == " + number(c.from()) + ")");
			case "lt" -> List.of("Answer(" + q + ", number < " + number(c.from()) + ")");
			case "gt" -> List.of("Answer(" + q + ", number > " + number(c.from()) + ")");
			case "between" ->
				List.of("Answer(" + q + ", number >= " + number(c.from()) + ", number <= " + number(c.to()) + ")");
			case "answered" -> List.of("exists Answer(" + q + ")");
			case "not-answered" -> List.of("not Answer(" + q + ")");
			default -> throw new IllegalArgumentException("unknown operator " + c.op());
		};
	}

	private static String number(Double d) {
		return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%s", d);
	}

	/**
	 * The rule as the parts of a sentence, from the same description the DRL comes from;
	 * reading the DRL back ({@link DrlSentences}) reaches the same parts.
	 */
	public RuleSentence sentence() {
		List<Clause> parts = new ArrayList<>();
		for (Group g : groups) {
			List<Clause> conds = g.conditions().stream().map(GuidedRule::clause).toList();
			Clause joined = g.any() ? RuleSentence.any(conds) : RuleSentence.all(conds);
			parts.add(g.negate() ? RuleSentence.not(joined) : joined);
		}
		List<Then> then = conclusion == null || conclusion.id() == null ? List.of()
				: List.of(new Then(conclusion.finding() ? "finding" : "recommendation", conclusion.id(), null));
		return new RuleSentence(RuleSentence.all(parts), then);
	}

	private static Clause clause(Cond c) {
		if (c.finding() != null) {
			return new FactClause("Finding", List.of(c.finding()), !"absent".equals(c.op()));
		}
		return new AnswerClause(c.question(), c.op(), c.valuesOrEmpty(), c.from(), c.to());
	}

	/** Reads the form's description from a marker line, if it is one. */
	public static Optional<GuidedRule> fromMarker(String line) {
		String l = line.strip();
		if (!l.startsWith(MARKER)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(l.substring(MARKER.length()), GuidedRule.class));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
