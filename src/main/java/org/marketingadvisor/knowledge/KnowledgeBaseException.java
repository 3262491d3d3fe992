package org.marketingadvisor.knowledge;

import java.util.List;

/**
 * The knowledge base cannot be used; {@link #problems()} lists every problem found, each
 * with its file under {@code knowledge-base/}. The exception's message lists them in
 * English, for logs.
 */
public class KnowledgeBaseException extends RuntimeException {

	private final transient List<Problem> problems;

	public KnowledgeBaseException(List<Problem> problems) {
		super("Knowledge base is invalid (" + problems.size() + " problem(s)):\n  - "
				+ String.join("\n  - ", Problem.english(problems)));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
