package org.marketingadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * How a report scores a company and spreads its recommendations over time
 * ({@code scoring.yaml}): the share of an area's score each problem keeps, by severity;
 * the findings that also lower other areas than their own; the areas' weights in the
 * overall score; the maturity levels; the plan's phases.
 */
public record Scoring(Map<Severity, Double> keep, Map<String, List<String>> alsoAffects, Map<String, Double> weights,
		List<Level> levels, LocalizedText explanation, List<Phase> phases, LocalizedText planExplanation) {

	/** A maturity level, reached from the overall score {@code from}. */
	public record Level(String id, Integer from, LocalizedText title, LocalizedText meaning) {
	}

	/**
	 * A period of the action plan; recommendations of these priorities start in it.
	 * {@code capacity}, when set, is the most steps it holds (what an owner can take on
	 * in that time); the steps beyond it move to the next phase.
	 */
	public record Phase(String id, Integer days, List<Severity> priorities, Integer capacity, LocalizedText title) {
	}

	/** The areas a finding lowers besides its own. */
	public List<String> alsoAffects(String finding) {
		return alsoAffects == null ? List.of() : alsoAffects.getOrDefault(finding, List.of());
	}

	/** The level of an overall score: the highest whose {@code from} it reaches. */
	public Level level(int score) {
		Level found = levels.get(0);
		for (Level l : levels) {
			if (score >= l.from()) {
				found = l;
			}
		}
		return found;
	}

	/** Index of the first phase that takes recommendations of this priority. */
	public int phaseOf(Severity priority) {
		for (int i = 0; i < phases.size(); i++) {
			if (phases.get(i).priorities().contains(priority)) {
				return i;
			}
		}
		return phases.size() - 1;
	}

}
