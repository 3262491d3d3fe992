package org.marketingadvisor.engine;

import java.util.List;

/**
 * A fact that rules derive with {@code insertLogical}. Equality is identity on purpose:
 * when two rules derive the same finding, each derivation stays a fact of its own with
 * its own explanation, and the engine merges them by id afterwards.
 */
public abstract sealed class Derived permits Finding, Recommendation {

	private final String id;

	private String rule;

	private List<Object> matched = List.of();

	Derived(String id) {
		this.id = id;
	}

	public String getId() {
		return id;
	}

	/**
	 * The rule whose firing inserted this fact, or null if it was inserted from outside.
	 */
	public String rule() {
		return rule;
	}

	/** The facts that rule matched. */
	public List<Object> matched() {
		return matched;
	}

	void explain(String rule, List<Object> matched) {
		this.rule = rule;
		this.matched = matched;
	}

}
