package org.marketingadvisor.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the YAML parser cannot: required fields, complete translations, id formats,
 * unique ids, references between files, the order of recommendations being acyclic and
 * question conditions pointing to earlier questions with compatible answers.
 */
final class KnowledgeBaseValidator {

	private static final Pattern ID_PART = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern QUESTION_ID = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

	private final KnowledgeBase kb;

	private final List<String> problems = new ArrayList<>();

	KnowledgeBaseValidator(KnowledgeBase kb) {
		this.kb = kb;
	}

	List<String> validate() {
		documents();
		heuristics();
		tensions();
		areas();
		findings();
		recommendations();
		questionnaire();
		scoring();
		return problems;
	}

	private void documents() {
		Set<String> ids = new HashSet<>();
		for (Document d : kb.documents()) {
			String where = KnowledgeBaseLoader.DOCUMENTS + ": document " + d.id();
			id(where, d.id(), "doc.", ids);
			required(where, "seed", d.seed());
			required(where, "title", d.title());
			text(where, "titles", d.titles());
			required(where, "publisher", d.publisher());
			if (d.publishers() != null) {
				text(where, "publishers", d.publishers());
			}
			required(where, "language", d.language());
			if (d.date() != null) {
				try {
					LocalDate.parse(d.date());
				}
				catch (DateTimeParseException ex) {
					problems.add(where + ": date '" + d.date() + "' is not an ISO date (yyyy-mm-dd)");
				}
			}
			text(where, "dateNote", d.dateNote());
			text(where, "summary", d.summary());
		}
		if (kb.documents().isEmpty()) {
			problems.add(KnowledgeBaseLoader.DOCUMENTS + ": no documents");
		}
	}

	private void heuristics() {
		Set<String> ids = new HashSet<>();
		for (Heuristic h : kb.heuristics()) {
			String where = KnowledgeBaseLoader.HEURISTICS + ": heuristic " + h.id();
			id(where, h.id(), "h.", ids);
			reference(where, "document", h.document(), kb.document(h.document()).isPresent());
			if (h.diagnosable() == null) {
				problems.add(where + ": 'diagnosable' is missing (true or false)");
			}
			text(where, "place", h.place());
			text(where, "text", h.text());
		}
		for (Document d : kb.documents()) {
			if (kb.heuristics().stream().noneMatch(h -> d.id().equals(h.document()))) {
				problems.add(KnowledgeBaseLoader.HEURISTICS + ": document " + d.id() + " has no heuristic");
			}
		}
	}

	private void tensions() {
		Set<String> ids = new HashSet<>();
		for (Tension t : kb.tensions()) {
			String where = KnowledgeBaseLoader.TENSIONS + ": tension " + t.id();
			id(where, t.id(), "t.", ids);
			heuristicRefs(where, t.heuristics());
			if (t.heuristics() != null && t.heuristics().size() < 2) {
				problems.add(where + ": a tension needs at least two heuristics");
			}
			text(where, "title", t.title());
			text(where, "text", t.text());
			text(where, "reconciliation", t.reconciliation());
		}
	}

	private void areas() {
		Set<String> ids = new HashSet<>();
		for (Area a : kb.areas()) {
			String where = KnowledgeBaseLoader.AREAS + ": area " + a.id();
			if (a.id() == null || !ID_PART.matcher(a.id()).matches()) {
				problems.add(where + ": id must be lower-case words joined by '-'");
			}
			else if (!ids.add(a.id())) {
				problems.add(where + ": duplicate id");
			}
			text(where, "title", a.title());
		}
	}

	private void findings() {
		Set<String> ids = new HashSet<>();
		for (FindingDefinition f : kb.findings()) {
			String where = KnowledgeBaseLoader.FINDINGS + ": finding " + f.id();
			id(where, f.id(), "finding.", ids);
			reference(where, "area", f.area(), kb.area(f.area()).isPresent());
			if (f.kind() == null) {
				problems.add(where + ": 'kind' is missing (problem or strength)");
			}
			if (f.severity() == null) {
				problems.add(where + ": 'severity' is missing");
			}
			else if (f.kind() == FindingKind.STRENGTH && f.severity() != Severity.INFO) {
				problems.add(where + ": a strength has severity 'info'");
			}
			else if (f.kind() == FindingKind.PROBLEM && f.severity() == Severity.INFO) {
				problems.add(where + ": a problem needs severity critical, high, medium or low");
			}
			heuristicRefs(where, f.heuristics());
			for (String caused : f.causes()) {
				var target = kb.finding(caused);
				reference(where, "causes", caused, target.isPresent() && !caused.equals(f.id()));
				if (f.kind() == FindingKind.STRENGTH
						|| target.map(t -> t.kind() == FindingKind.STRENGTH).orElse(false)) {
					problems.add(where + ": 'causes' links problems only, not strengths ('" + caused + "')");
				}
			}
			text(where, "title", f.title());
			text(where, "description", f.description());
		}
		causesAreAcyclic();
	}

	/** A cycle of causes would leave no root to start from. */
	private void causesAreAcyclic() {
		Map<String, Integer> state = new HashMap<>();
		for (FindingDefinition f : kb.findings()) {
			List<String> path = new ArrayList<>();
			if (causeCycleFrom(f.id(), state, path)) {
				problems.add(KnowledgeBaseLoader.FINDINGS + ": 'causes' forms a cycle: " + String.join(" -> ", path));
				return;
			}
		}
	}

	private boolean causeCycleFrom(String id, Map<String, Integer> state, List<String> path) {
		Integer s = state.get(id);
		path.add(id);
		if (s != null) {
			return s == 1;
		}
		state.put(id, 1);
		for (String caused : kb.finding(id).map(FindingDefinition::causes).orElse(List.of())) {
			if (causeCycleFrom(caused, state, path)) {
				return true;
			}
		}
		state.put(id, 2);
		path.remove(path.size() - 1);
		return false;
	}

	private void recommendations() {
		Set<String> ids = new HashSet<>();
		for (RecommendationDefinition r : kb.recommendations()) {
			String where = KnowledgeBaseLoader.RECOMMENDATIONS + ": recommendation " + r.id();
			id(where, r.id(), "rec.", ids);
			reference(where, "area", r.area(), kb.area(r.area()).isPresent());
			if (r.priority() == null || r.priority() == Severity.INFO) {
				problems.add(where + ": 'priority' must be critical, high, medium or low");
			}
			heuristicRefs(where, r.heuristics());
			for (String after : nullToEmpty(r.after())) {
				reference(where, "after", after, kb.recommendation(after).isPresent());
			}
			for (String tension : nullToEmpty(r.tensions())) {
				reference(where, "tensions", tension, kb.tension(tension).isPresent());
			}
			for (String other : r.conflictsWith()) {
				reference(where, "conflicts", other, kb.recommendation(other).isPresent() && !other.equals(r.id()));
			}
			text(where, "title", r.title());
			text(where, "summary", r.summary());
			if (r.actions() == null || r.actions().isEmpty()) {
				problems.add(where + ": 'actions' needs at least one step");
			}
			else {
				for (int i = 0; i < r.actions().size(); i++) {
					text(where, "actions[" + (i + 1) + "]", r.actions().get(i));
				}
			}
		}
		orderIsAcyclic();
	}

	private void scoring() {
		Scoring scoring = kb.scoring();
		if (scoring == null) {
			return;
		}
		String where = KnowledgeBaseLoader.SCORING;
		List<Severity> problemSeverities = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
		Map<Severity, Double> keep = scoring.keep() == null ? Map.of() : scoring.keep();
		for (Severity severity : problemSeverities) {
			Double share = keep.get(severity);
			if (share == null || share <= 0 || share > 1) {
				problems.add(where + ": keep." + severity.code() + " must be a share above 0 and at most 1");
			}
		}
		if (keep.containsKey(Severity.INFO)) {
			problems.add(where + ": keep.info: strengths do not change a score");
		}
		if (scoring.alsoAffects() != null) {
			scoring.alsoAffects().forEach((finding, areas) -> {
				reference(where + ": alsoAffects", "finding", finding, kb.finding(finding).isPresent());
				for (String area : areas == null ? List.<String>of() : areas) {
					reference(where + ": alsoAffects." + finding, "area", area, kb.area(area).isPresent());
				}
			});
		}
		Map<String, Double> weights = scoring.weights() == null ? Map.of() : scoring.weights();
		for (Area a : kb.areas()) {
			Double weight = weights.get(a.id());
			if (weight == null || weight <= 0) {
				problems.add(where + ": weights." + a.id() + " must be a number above 0");
			}
		}
		for (String area : weights.keySet()) {
			reference(where + ": weights", "area", area, kb.area(area).isPresent());
		}
		List<Scoring.Level> levels = scoring.levels() == null ? List.of() : scoring.levels();
		if (levels.isEmpty() || levels.get(0).from() == null || levels.get(0).from() != 0) {
			problems.add(where + ": levels must start with a level 'from: 0'");
		}
		Set<String> levelIds = new HashSet<>();
		int previous = -1;
		for (Scoring.Level level : levels) {
			String at = where + ": level " + level.id();
			if (level.id() == null || !ID_PART.matcher(level.id()).matches() || !levelIds.add(level.id())) {
				problems.add(at + ": id must be unique lower-case words joined by '-'");
			}
			if (level.from() == null || level.from() <= previous || level.from() > 100) {
				problems.add(at + ": 'from' must rise from level to level, within 0..100");
			}
			else {
				previous = level.from();
			}
			text(at, "title", level.title());
			text(at, "meaning", level.meaning());
		}
		text(where, "explanation", scoring.explanation());
		List<Scoring.Phase> phases = scoring.phases() == null ? List.of() : scoring.phases();
		Set<String> phaseIds = new HashSet<>();
		Map<Severity, Integer> takenBy = new HashMap<>();
		int days = 0;
		for (Scoring.Phase phase : phases) {
			String at = where + ": phase " + phase.id();
			if (phase.id() == null || !ID_PART.matcher(phase.id()).matches() || !phaseIds.add(phase.id())) {
				problems.add(at + ": id must be unique lower-case words joined by '-'");
			}
			if (phase.days() == null || phase.days() <= days) {
				problems.add(at + ": 'days' must rise from phase to phase");
			}
			else {
				days = phase.days();
			}
			for (Severity priority : phase.priorities() == null ? List.<Severity>of() : phase.priorities()) {
				if (takenBy.merge(priority, 1, Integer::sum) > 1) {
					problems.add(at + ": priority " + priority.code() + " is already taken by an earlier phase");
				}
			}
			if (phase.capacity() != null && phase.capacity() < 1) {
				problems.add(at + ": 'capacity' must be at least 1");
			}
			else if (phase.capacity() != null && phase == phases.get(phases.size() - 1)) {
				problems.add(at + ": the last phase takes every remaining step, so it has no 'capacity'");
			}
			text(at, "title", phase.title());
		}
		for (Severity severity : problemSeverities) {
			if (!takenBy.containsKey(severity)) {
				problems.add(where + ": no phase takes priority " + severity.code());
			}
		}
		text(where, "planExplanation", scoring.planExplanation());
	}

	private void orderIsAcyclic() {
		Map<String, Integer> state = new HashMap<>();
		for (RecommendationDefinition r : kb.recommendations()) {
			List<String> path = new ArrayList<>();
			if (cycleFrom(r.id(), state, path)) {
				problems
					.add(KnowledgeBaseLoader.RECOMMENDATIONS + ": 'after' forms a cycle: " + String.join(" -> ", path));
				return;
			}
		}
	}

	private boolean cycleFrom(String id, Map<String, Integer> state, List<String> path) {
		Integer s = state.get(id);
		path.add(id);
		if (s != null) {
			return s == 1;
		}
		state.put(id, 1);
		var rec = kb.recommendation(id);
		if (rec.isPresent()) {
			for (String after : nullToEmpty(rec.get().after())) {
				if (cycleFrom(after, state, path)) {
					return true;
				}
			}
		}
		state.put(id, 2);
		path.remove(path.size() - 1);
		return false;
	}

	private void questionnaire() {
		Set<String> sectionIds = new HashSet<>();
		Map<String, Question> earlier = new HashMap<>();
		for (Section section : kb.sections()) {
			String where = KnowledgeBaseLoader.QUESTIONNAIRE + ": section " + section.id();
			if (section.id() == null || !ID_PART.matcher(section.id()).matches()) {
				problems.add(where + ": id must be lower-case words joined by '-'");
			}
			else if (!sectionIds.add(section.id())) {
				problems.add(where + ": duplicate id");
			}
			text(where, "title", section.title());
			text(where, "intro", section.intro());
			if (section.questions().isEmpty()) {
				problems.add(where + ": no questions");
			}
			for (Question q : section.questions()) {
				question(q, earlier);
				if (q.id() != null) {
					earlier.putIfAbsent(q.id(), q);
				}
			}
		}
		if (earlier.isEmpty()) {
			problems.add(KnowledgeBaseLoader.QUESTIONNAIRE + ": no questions");
		}
	}

	private void question(Question q, Map<String, Question> earlier) {
		String where = KnowledgeBaseLoader.QUESTIONNAIRE + ": question " + q.id();
		if (q.id() == null || !QUESTION_ID.matcher(q.id()).matches()) {
			problems.add(where + ": id must look like 'topic.name' in lower case");
		}
		else if (earlier.containsKey(q.id())) {
			problems.add(where + ": duplicate id");
		}
		if (q.type() == null) {
			problems.add(where + ": 'type' is missing (yes-no, single, multiple, number or scale)");
			return;
		}
		if (q.required() == null) {
			problems.add(where + ": 'required' is missing (true or false)");
		}
		text(where, "text", q.text());
		text(where, "help", q.help());
		if (q.type().hasOptions()) {
			if (q.options().size() < 2) {
				problems.add(where + ": a " + q.type().code() + " question needs at least two options");
			}
			Set<String> optionIds = new HashSet<>();
			for (Option o : q.options()) {
				if (o.id() == null || !ID_PART.matcher(o.id()).matches()) {
					problems.add(where + ": option id '" + o.id() + "' must be lower-case words joined by '-'");
				}
				else if (!optionIds.add(o.id())) {
					problems.add(where + ": duplicate option " + o.id());
				}
				text(where + ", option " + o.id(), "label", o.label());
				if (o.isExclusive() && q.type() != QuestionType.MULTIPLE) {
					problems.add(where + ": option " + o.id() + " can be exclusive only in a multiple-choice question");
				}
			}
		}
		else if (!q.options().isEmpty()) {
			problems.add(where + ": only single and multiple questions have options");
		}
		if (q.type().numeric()) {
			if (q.type() == QuestionType.SCALE && (q.min() == null || q.max() == null)) {
				problems.add(where + ": a scale needs min and max");
			}
			if (q.min() != null && q.max() != null && q.min() > q.max()) {
				problems.add(where + ": min is greater than max");
			}
			if (q.type() == QuestionType.SCALE) {
				text(where, "minLabel", q.minLabel());
				text(where, "maxLabel", q.maxLabel());
			}
		}
		else if (q.min() != null || q.max() != null) {
			problems.add(where + ": only number and scale questions have min and max");
		}
		if (q.unit() != null) {
			text(where, "unit", q.unit());
		}
		if (q.condition() != null) {
			condition(where, q.condition(), earlier);
		}
	}

	private void condition(String where, Condition c, Map<String, Question> earlier) {
		Question target = earlier.get(c.question());
		if (target == null) {
			problems.add(where + ": condition refers to '" + c.question() + "', which is not an earlier question");
			return;
		}
		int set = (c.equals() != null ? 1 : 0) + (c.anyOf() != null ? 1 : 0) + (c.min() != null ? 1 : 0);
		if (set != 1) {
			problems.add(where + ": condition needs exactly one of equals, anyOf, min");
			return;
		}
		if (c.equals() != null && target.type() != QuestionType.YES_NO) {
			problems.add(where + ": condition 'equals' needs a yes-no question, " + c.question() + " is "
					+ target.type().code());
		}
		if (c.anyOf() != null) {
			if (!target.type().hasOptions()) {
				problems.add(where + ": condition 'anyOf' needs a choice question, " + c.question() + " is "
						+ target.type().code());
			}
			else {
				for (String option : c.anyOf()) {
					if (target.option(option).isEmpty()) {
						problems.add(where + ": condition names option '" + option + "' that " + c.question()
								+ " does not have");
					}
				}
			}
		}
		if (c.min() != null && !target.type().numeric()) {
			problems.add(where + ": condition 'min' needs a number or scale question, " + c.question() + " is "
					+ target.type().code());
		}
	}

	private void id(String where, String id, String prefix, Set<String> seen) {
		if (id == null || !id.startsWith(prefix)
				|| !id.substring(prefix.length()).matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
			problems.add(where + ": id must start with '" + prefix + "' followed by lower-case words");
		}
		else if (!seen.add(id)) {
			problems.add(where + ": duplicate id");
		}
	}

	private void heuristicRefs(String where, List<String> heuristics) {
		if (heuristics == null || heuristics.isEmpty()) {
			problems.add(where + ": 'heuristics' must name at least one heuristic");
			return;
		}
		for (String h : heuristics) {
			reference(where, "heuristics", h, kb.heuristic(h).isPresent());
		}
	}

	private void reference(String where, String field, String value, boolean exists) {
		if (value == null) {
			problems.add(where + ": '" + field + "' is missing");
		}
		else if (!exists) {
			problems.add(where + ": '" + field + "' names unknown id '" + value + "'");
		}
	}

	private void required(String where, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(where + ": '" + field + "' is missing");
		}
	}

	private void text(String where, String field, LocalizedText text) {
		if (text == null) {
			problems.add(where + ": '" + field + "' is missing");
		}
		else if (!text.complete()) {
			problems.add(where + ": '" + field + "' needs non-empty ru, uk and en");
		}
	}

	private static List<String> nullToEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}

}
