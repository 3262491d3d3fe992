package org.marketingadvisor.engine;

import java.util.List;

import org.marketingadvisor.knowledge.Problem;

/**
 * A rule set cannot be used: a DRL file does not compile (problems carry
 * file:line:column), or a rule names a question, option, finding or recommendation the
 * knowledge base lacks. The exception's message lists the problems in English, for logs.
 */
public class RuleSetException extends RuntimeException {

	private final transient List<Problem> problems;

	public RuleSetException(String what, List<Problem> problems) {
		super(what + " (" + problems.size() + " problem(s)):\n  - " + String.join("\n  - ", Problem.english(problems)));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
