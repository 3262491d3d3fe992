package org.marketingadvisor.ruleset;

import java.util.List;

import org.marketingadvisor.engine.RuleSetException;
import org.marketingadvisor.knowledge.KnowledgeBaseException;
import org.marketingadvisor.knowledge.Problem;

/** Why content does not build, as the versions pages and the log list it. */
public final class Problems {

	private Problems() {
	}

	/**
	 * The problems an exception of a build carries: the rules' with their place, the
	 * knowledge base's under {@code knowledge-base/}; anything else by its class and
	 * message.
	 */
	public static List<Problem> of(Throwable ex) {
		if (ex instanceof RuleSetException r) {
			return r.problems();
		}
		if (ex instanceof KnowledgeBaseException k) {
			return k.problems().stream().map(p -> p.under(Content.KNOWLEDGE_BASE)).toList();
		}
		return List
			.of(Problem.in(null, "problem.build", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage())));
	}

}
