package org.marketingadvisor.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring of the knowledge base: what share of a score each problem's severity keeps,
 * the areas' weights, the levels a score reads as, and the phases of the action plan
 * (rising days, each priority taken once, the last phase without a capacity).
 */
final class ScoringChecks {

	private static final String FILE = KnowledgeBaseLoader.SCORING;

	private static final List<Severity> PROBLEM_SEVERITIES = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM,
			Severity.LOW);

	private final KnowledgeChecks checks;

	private final KnowledgeBase kb;

	ScoringChecks(KnowledgeChecks checks) {
		this.checks = checks;
		this.kb = checks.kb();
	}

	void check() {
		Scoring scoring = kb.scoring();
		if (scoring == null) {
			return;
		}
		Map<Severity, Double> keep = scoring.keep() == null ? Map.of() : scoring.keep();
		for (Severity severity : PROBLEM_SEVERITIES) {
			Double share = keep.get(severity);
			if (share == null || share <= 0 || share > 1) {
				checks.addToFile(FILE, "problem.kb.keep", severity.code());
			}
		}
		if (keep.containsKey(Severity.INFO)) {
			checks.addToFile(FILE, "problem.kb.keep-info");
		}
		if (scoring.alsoAffects() != null) {
			scoring.alsoAffects().forEach((finding, areas) -> {
				checks.reference(FILE, KnowledgeChecks.subject("also-affects"), "finding", finding,
						kb.finding(finding).isPresent());
				for (String area : areas == null ? List.<String>of() : areas) {
					checks.reference(FILE, KnowledgeChecks.subject("also-affects-finding", finding), "area", area,
							kb.area(area).isPresent());
				}
			});
		}
		Map<String, Double> weights = scoring.weights() == null ? Map.of() : scoring.weights();
		for (Area a : kb.areas()) {
			Double weight = weights.get(a.id());
			if (weight == null || weight <= 0) {
				checks.addToFile(FILE, "problem.kb.weight", a.id());
			}
		}
		for (String area : weights.keySet()) {
			checks.reference(FILE, KnowledgeChecks.subject("weights"), "area", area, kb.area(area).isPresent());
		}
		levels(scoring);
		checks.text(FILE, "", "explanation", scoring.explanation());
		phases(scoring);
		checks.text(FILE, "", "planExplanation", scoring.planExplanation());
	}

	private void levels(Scoring scoring) {
		List<Scoring.Level> levels = scoring.levels() == null ? List.of() : scoring.levels();
		if (levels.isEmpty() || levels.get(0).from() == null || levels.get(0).from() != 0) {
			checks.addToFile(FILE, "problem.kb.levels-start");
		}
		Set<String> levelIds = new HashSet<>();
		int previous = -1;
		for (Scoring.Level level : levels) {
			Problem at = KnowledgeChecks.subject("level", level.id());
			if (level.id() == null || !KnowledgeBaseValidator.ID_PART.matcher(level.id()).matches()
					|| !levelIds.add(level.id())) {
				checks.add(FILE, at, "problem.kb.unique-id");
			}
			if (level.from() == null || level.from() <= previous || level.from() > 100) {
				checks.add(FILE, at, "problem.kb.level-from");
			}
			else {
				previous = level.from();
			}
			checks.text(FILE, at, "title", level.title());
			checks.text(FILE, at, "meaning", level.meaning());
		}
	}

	private void phases(Scoring scoring) {
		List<Scoring.Phase> phases = scoring.phases() == null ? List.of() : scoring.phases();
		Set<String> phaseIds = new HashSet<>();
		Map<Severity, Integer> takenBy = new HashMap<>();
		int days = 0;
		for (Scoring.Phase phase : phases) {
			Problem at = KnowledgeChecks.subject("phase", phase.id());
			if (phase.id() == null || !KnowledgeBaseValidator.ID_PART.matcher(phase.id()).matches()
					|| !phaseIds.add(phase.id())) {
				checks.add(FILE, at, "problem.kb.unique-id");
			}
			if (phase.days() == null || phase.days() <= days) {
				checks.add(FILE, at, "problem.kb.phase-days");
			}
			else {
				days = phase.days();
			}
			for (Severity priority : phase.priorities() == null ? List.<Severity>of() : phase.priorities()) {
				if (takenBy.merge(priority, 1, Integer::sum) > 1) {
					checks.add(FILE, at, "problem.kb.phase-priority", priority.code());
				}
			}
			if (phase.capacity() != null && phase.capacity() < 1) {
				checks.add(FILE, at, "problem.kb.phase-capacity");
			}
			else if (phase.capacity() != null && phase == phases.get(phases.size() - 1)) {
				checks.add(FILE, at, "problem.kb.last-phase-capacity");
			}
			checks.text(FILE, at, "title", phase.title());
		}
		for (Severity severity : PROBLEM_SEVERITIES) {
			if (!takenBy.containsKey(severity)) {
				checks.addToFile(FILE, "problem.kb.no-phase", severity.code());
			}
		}
	}

}
