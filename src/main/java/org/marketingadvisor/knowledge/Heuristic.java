package org.marketingadvisor.knowledge;

/**
 * One piece of advice of one document, paraphrased. Diagnosable heuristics can be
 * recognised from questionnaire answers and must be encoded by at least one rule; the
 * others are general advice that recommendations cite.
 */
public record Heuristic(String id, String document, LocalizedText place, Boolean diagnosable, LocalizedText text) {

	public boolean isDiagnosable() {
		return Boolean.TRUE.equals(diagnosable);
	}

}
