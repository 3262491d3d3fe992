package org.marketingadvisor.engine;

import java.util.List;

/**
 * A rule set cannot be used: a DRL file does not compile (messages carry
 * file:line:column), or a rule names a question, option, finding or recommendation the
 * knowledge base lacks.
 */
public class RuleSetException extends RuntimeException {

	private final List<String> problems;

	public RuleSetException(String what, List<String> problems) {
		super(what + " (" + problems.size() + " problem(s)):\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
