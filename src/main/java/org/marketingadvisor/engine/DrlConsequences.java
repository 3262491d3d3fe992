package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.RuleDescr;
import org.marketingadvisor.engine.DrlRule.Action;
import org.marketingadvisor.knowledge.Severity;

/**
 * The consequence of a rule for {@link DrlFileCheck}: read statement by statement, each
 * exactly an insert of a new finding or recommendation or a delete of a bound fact;
 * anything else is refused at the character it starts.
 */
final class DrlConsequences {

	private static final Pattern INSERT = Pattern.compile(
			"(insertLogical|insert)\\s*\\(\\s*new\\s+(Finding|Recommendation)\\s*\\(\\s*\"([A-Za-z0-9._-]{1,200})\""
					+ "\\s*(?:,\\s*\"([a-z]{1,20})\"\\s*)?\\)\\s*\\)\\s*;");

	private static final Pattern DELETE = Pattern
		.compile("(delete|retract)\\s*\\(\\s*(" + DrlPatterns.VAR + ")\\s*\\)\\s*;");

	private final DrlFileCheck file;

	DrlConsequences(DrlFileCheck file) {
		this.file = file;
	}

	/** The actions of the rule's consequence; its problems go to the file's. */
	List<Action> of(RuleDescr rule, String label, Set<String> bound) {
		String text = file.text();
		var problems = file.problems();
		Object rhs = rule.getConsequence();
		String code = rhs instanceof String s ? s : "";
		int offset = rule.getEndCharacter() > 0 ? text.lastIndexOf(code, rule.getEndCharacter()) : -1;
		if (offset < 0) {
			offset = Math.max(0, text.indexOf(code, Math.max(0, rule.getStartCharacter())));
		}
		List<Action> actions = new ArrayList<>();
		int i = 0;
		while (i < code.length()) {
			char ch = code.charAt(i);
			if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
				i++;
				continue;
			}
			Matcher insert = INSERT.matcher(code).region(i, code.length());
			Matcher delete = DELETE.matcher(code).region(i, code.length());
			if (insert.lookingAt()) {
				String type = insert.group(2);
				String severity = insert.group(4);
				if (severity != null && type.equals("Recommendation")) {
					problems.add(file.atOffset(offset + i, "problem.drl.recommendation-severity", label));
				}
				else if (severity != null && Severity.parse(severity).isEmpty()) {
					problems.add(file.atOffset(offset + i, "problem.drl.unknown-severity", label, severity));
				}
				actions.add(new Action(insert.group(1), type, insert.group(3), severity, null));
				i = insert.end();
			}
			else if (delete.lookingAt()) {
				if (!bound.contains(delete.group(2))) {
					problems.add(file.atOffset(offset + i, "problem.drl.delete-unbound", label, delete.group(2)));
				}
				actions.add(new Action(delete.group(1), null, null, null, delete.group(2)));
				i = delete.end();
			}
			else {
				String rest = code.substring(i);
				int stop = rest.indexOf('\n');
				String statement = stop < 0 ? rest : rest.substring(0, stop);
				problems.add(file.atOffset(offset + i, "problem.drl.statement", label,
						RuleSafety.shortText(statement.strip()), DrlReaches.in(statement)));
				break;
			}
		}
		return List.copyOf(actions);
	}

}
