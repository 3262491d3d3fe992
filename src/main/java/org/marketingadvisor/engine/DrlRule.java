package org.marketingadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One rule as {@link RuleSafety} read it with Drools' own parser and accepted it: only
 * the shapes the fact model needs. Everything else in the project that needs to know what
 * a rule says (the ids it names, the linter, the guided editor's list) reads this, never
 * the text; and what the engine compiles is {@link #drl()}, rendered from this model, not
 * the file's text.
 *
 * @param name the rule's name
 * @param path {@code rules/<file>}
 * @param line the line the rule starts at (1-based)
 * @param when the top-level conditions, all of which must hold
 * @param then what the rule does when they hold
 */
public record DrlRule(String name, String path, int line, List<Element> when, List<Action> then) {

	public DrlRule {
		when = List.copyOf(when);
		then = List.copyOf(then);
	}

	/** {@code rules/<file>:<line>}. */
	public String where() {
		return path + ":" + line;
	}

	/** The rule as canonical DRL on one line. */
	public String drl() {
		return "rule \"" + name + "\" when " + when.stream().map(Element::drl).collect(Collectors.joining(" "))
				+ " then " + then.stream().map(Action::drl).collect(Collectors.joining(" ")) + " end";
	}

	/** Every pattern of the rule, at any depth. */
	public List<Pattern> patterns() {
		return when.stream().flatMap(e -> e.patterns().stream()).toList();
	}

	/** A condition: a pattern or a group of conditions. */
	public sealed interface Element permits Pattern, Group {

		String drl();

		List<Pattern> patterns();

	}

	/** How a group joins its conditions. */
	public enum Kind {

		AND, OR, NOT, EXISTS

	}

	/** {@code (a and b)}, {@code (a or b)}, {@code not (a)}, {@code exists (a)}. */
	public record Group(Kind kind, List<Element> elements) implements Element {

		@Override
		public String drl() {
			return switch (kind) {
				case AND -> "(" + join(" and ") + ")";
				case OR -> "(" + join(" or ") + ")";
				case NOT -> "not (" + join(" and ") + ")";
				case EXISTS -> "exists (" + join(" and ") + ")";
			};
		}

		private String join(String with) {
			return elements.stream().map(Element::drl).collect(Collectors.joining(with));
		}

		@Override
		public List<Pattern> patterns() {
			return elements.stream().flatMap(e -> e.patterns().stream()).toList();
		}

	}

	/**
	 * {@code $binding : Type(constraint, ...)} on one of the fact types.
	 */
	public record Pattern(String type, String binding, List<Constraint> constraints) implements Element {

		@Override
		public String drl() {
			return (binding == null ? "" : binding + " : ") + type + "("
					+ constraints.stream().map(Constraint::drl).collect(Collectors.joining(", ")) + ")";
		}

		@Override
		public List<Pattern> patterns() {
			return List.of(this);
		}

		/** The string the pattern requires a field to equal, if it does. */
		public java.util.Optional<String> equalTo(String field) {
			return constraints.stream()
				.filter(c -> c.field().equals(field) && "==".equals(c.operator()) && c.values().size() == 1
						&& c.values().get(0).isString())
				.map(c -> c.values().get(0).text())
				.findFirst();
		}

	}

	/**
	 * {@code field op value}, {@code field in (values)}, {@code field not in (values)},
	 * optionally with {@code $binding :} before it, or a bare {@code $binding : field}.
	 */
	public record Constraint(String binding, String field, String operator, List<Value> values) {

		public String drl() {
			String bound = binding == null ? "" : binding + " : ";
			if (operator == null) {
				return bound + field;
			}
			if (operator.equals("in") || operator.equals("not in")) {
				return bound + field + " " + operator + " ("
						+ values.stream().map(Value::drl).collect(Collectors.joining(", ")) + ")";
			}
			return bound + field + " " + operator + " " + values.get(0).drl();
		}

	}

	/** A literal string, a number, or a bound variable. */
	public record Value(String text, boolean isString, boolean isVariable) {

		public String drl() {
			return isString ? "\"" + text + "\"" : text;
		}

	}

	/**
	 * {@code insert/insertLogical(new Finding|Recommendation("id"[, "severity"]))} or
	 * {@code delete/retract($bound)}.
	 */
	public record Action(String verb, String type, String id, String severity, String variable) {

		public boolean inserts() {
			return type != null;
		}

		public String drl() {
			if (!inserts()) {
				return verb + "(" + variable + ");";
			}
			return verb + "(new " + type + "(\"" + id + "\"" + (severity == null ? "" : ", \"" + severity + "\"")
					+ "));";
		}

	}

}
