package org.marketingadvisor.ruleset;

import java.util.List;

import org.marketingadvisor.engine.RuleSetException;
import org.marketingadvisor.knowledge.KnowledgeBaseException;

/** Why content does not build, as the versions pages and the log list it. */
public final class Problems {

	private Problems() {
	}

	/**
	 * The problems an exception of a build carries: the rules' with their place, the
	 * knowledge base's under {@code knowledge-base/}; anything else by its class and
	 * message.
	 */
	public static List<String> of(Throwable ex) {
		if (ex instanceof RuleSetException r) {
			return r.problems();
		}
		if (ex instanceof KnowledgeBaseException k) {
			return k.problems().stream().map(p -> Content.KNOWLEDGE_BASE + p).toList();
		}
		return List.of(ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

}
