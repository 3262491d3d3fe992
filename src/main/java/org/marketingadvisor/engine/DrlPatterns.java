package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.marketingadvisor.engine.DrlRule.Constraint;
import org.marketingadvisor.engine.DrlRule.Value;
import org.marketingadvisor.knowledge.Problem;

/**
 * The patterns of a rule file for {@link DrlFileCheck}: each matches a fact type of the
 * model, and each of its constraints compares one property with literals or binds it.
 */
final class DrlPatterns {

	/**
	 * The properties a constraint may name, per fact type, and whether they are numbers.
	 */
	private static final Map<String, Map<String, Boolean>> PROPERTIES = Map.of("Answer",
			Map.of("question", false, "value", false, "number", true), "Finding", Map.of("id", false), "Recommendation",
			Map.of("id", false));

	static final String VAR = "\\$[A-Za-z][A-Za-z0-9_]{0,40}";

	private static final String STRING = "\"[\\p{L}\\p{N} _.:+/-]{0,200}\"";

	private static final String NUMBER = "-?\\d{1,12}(?:\\.\\d{1,12})?";

	private static final String LITERAL = "(?:" + STRING + "|" + NUMBER + "|" + VAR + ")";

	private static final Pattern CONSTRAINT = Pattern
		.compile("\\s*(?:(" + VAR + ")\\s*:\\s*)?([a-z][A-Za-z0-9]{0,40})\\s*(?:(==|!=|>=|<=|>|<)\\s*(" + LITERAL
				+ ")|(not\\s+in|in)\\s*\\(\\s*(" + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*)\\s*\\))?\\s*");

	private final DrlFileCheck file;

	DrlPatterns(DrlFileCheck file) {
		this.file = file;
	}

	DrlRule.Pattern pattern(PatternDescr p, String label, Set<String> bound, boolean topLevel) {
		String type = p.getObjectType() == null ? "" : p.getObjectType();
		Map<String, Boolean> properties = PROPERTIES.get(type);
		List<Problem> problems = file.problems();
		int before = problems.size();
		if (properties == null) {
			problems
				.add(file.at(p, "problem.drl.pattern-type", label, RuleSafety.shortText(type), DrlReaches.of(type)));
			return null;
		}
		if (p.getSource() != null) {
			problems.add(file.at(p, "problem.drl.from", label, type));
		}
		if (!p.getBehaviors().isEmpty() || p.isQuery() || p.isUnification() || !p.getAnnotations().isEmpty()) {
			problems.add(file.at(p, "problem.drl.pattern-extras", label, type));
		}
		String binding = p.getIdentifier();
		if (binding != null) {
			if (!binding.matches(VAR)) {
				problems.add(file.at(p, "problem.drl.binding", label, RuleSafety.shortText(binding)));
			}
			else if (topLevel) {
				bound.add(binding);
			}
		}
		List<Constraint> constraints = new ArrayList<>();
		Object constraint = p.getConstraint();
		if (constraint instanceof AndDescr and) {
			for (BaseDescr c : and.getDescrs()) {
				Constraint checked = constraint(c, type, properties, label, bound);
				if (checked != null) {
					constraints.add(checked);
				}
			}
		}
		else if (constraint != null) {
			problems.add(file.at(p, "problem.drl.constraints-list", label, type));
		}
		return problems.size() == before ? new DrlRule.Pattern(type, binding, List.copyOf(constraints)) : null;
	}

	private Constraint constraint(BaseDescr c, String type, Map<String, Boolean> properties, String label,
			Set<String> bound) {
		var problems = file.problems();
		if (!(c instanceof ExprConstraintDescr expr) || expr.getType() != ExprConstraintDescr.Type.NAMED) {
			problems.add(file.at(c, "problem.drl.constraint-shape", label, type));
			return null;
		}
		String e = expr.getExpression() == null ? "" : expr.getExpression();
		Matcher m = CONSTRAINT.matcher(e);
		if (!m.matches()) {
			problems.add(file.at(c, "problem.drl.constraint", label, RuleSafety.shortText(e), DrlReaches.in(e)));
			return null;
		}
		String binding = m.group(1);
		String field = m.group(2);
		Boolean number = properties.get(field);
		if (number == null) {
			problems.add(file.at(c, "problem.drl.property", label, field, DrlReaches.of(field), type,
					String.join(", ", new TreeSet<>(properties.keySet()))));
			return null;
		}
		String operator = m.group(3) != null ? m.group(3)
				: m.group(5) != null ? m.group(5).replaceAll("\\s+", " ") : null;
		String list = m.group(4) != null ? m.group(4) : m.group(6);
		List<Value> values = new ArrayList<>();
		if (list != null) {
			for (String v : list.split("\\s*,\\s*")) {
				values.add(value(v.strip()));
			}
		}
		for (Value v : values) {
			if (v.isVariable() && !bound.contains(v.text())) {
				problems.add(file.at(c, "problem.drl.unbound", label, v.text()));
			}
			else if (!v.isVariable() && v.isString() == number) {
				problems.add(file.at(c, number ? "problem.drl.string-for-number" : "problem.drl.number-for-string",
						label, field));
			}
		}
		if (!number && operator != null && !Set.of("==", "!=", "in", "not in").contains(operator)) {
			problems.add(file.at(c, "problem.drl.operator", label, operator, field));
		}
		if (binding != null) {
			bound.add(binding);
		}
		return new Constraint(binding, field, operator, List.copyOf(values));
	}

	private static Value value(String v) {
		if (v.startsWith("\"")) {
			return new Value(v.substring(1, v.length() - 1), true, false);
		}
		return new Value(v, false, v.startsWith("$"));
	}

}
