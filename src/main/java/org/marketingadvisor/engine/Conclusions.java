package org.marketingadvisor.engine;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ids of the findings and recommendations an evaluation comes to, and nothing else:
 * what {@link RuleSet#conclusions} returns for comparing many answer sets cheaply. Sorted
 * sets, equal to the ids of {@link RuleSet#evaluate}'s result for the same answers.
 */
public record Conclusions(Set<String> findings, Set<String> recommendations) {

	public Conclusions {
		findings = Collections.unmodifiableSortedSet(new TreeSet<>(findings));
		recommendations = Collections.unmodifiableSortedSet(new TreeSet<>(recommendations));
	}

}
