package org.marketingadvisor.knowledge;

import java.util.List;

/**
 * The knowledge base cannot be used; {@link #problems()} lists every problem found, one
 * per line.
 */
public class KnowledgeBaseException extends RuntimeException {

	private final List<String> problems;

	public KnowledgeBaseException(List<String> problems) {
		super("Knowledge base is invalid (" + problems.size() + " problem(s)):\n  - "
				+ String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
