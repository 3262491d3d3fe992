package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.marketingadvisor.engine.RuleSentence.Clause;
import org.marketingadvisor.engine.RuleWords;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.Question;

/**
 * An area's rules as a decision table: a row per rule, a column per question or finding
 * the rules test (questions in questionnaire order, then findings in the knowledge base's
 * order), each cell the rule's condition on it in words ("≥ 15", "yes", "one of: A, B");
 * conditions that are not on one subject (an "or" across questions, a "not" of a group)
 * go to a column of their own; the last column is what the rule concludes.
 *
 * @param columns the questions and findings tested, in order
 * @param rows one per rule
 * @param other whether any row has conditions outside the subject columns
 */
record DecisionTable(List<Column> columns, List<Row> rows, boolean other) {

	/** A column: {@code q:<id>} or {@code f:<id>}, with its header in words. */
	record Column(String subject, String header, boolean finding) {
	}

	/**
	 * A rule's row: its cells by subject (empty: the rule does not test it), the other
	 * conditions, the conclusion.
	 */
	record Row(RuleBook.Line line, Map<String, String> cells, String other, String conclusion) {

		public String cell(String subject) {
			return cells.getOrDefault(subject, "");
		}

	}

	static DecisionTable of(List<RuleBook.Line> lines, KnowledgeBase kb, Lang lang, Function<Problem, String> words) {
		Map<String, Boolean> tested = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		boolean anyOther = false;
		for (RuleBook.Line line : lines) {
			Map<String, List<Problem>> cells = new LinkedHashMap<>();
			List<Problem> other = new ArrayList<>();
			for (Clause c : line.parts().conditions()) {
				Optional<String> subject = RuleWords.subject(c);
				if (subject.isPresent()) {
					tested.put(subject.get(), true);
					cells.computeIfAbsent(subject.get(), s -> new ArrayList<>()).add(RuleWords.cell(c, kb));
				}
				else {
					other.add(RuleWords.clause(c, kb));
				}
			}
			anyOther |= !other.isEmpty();
			Map<String, String> texts = new LinkedHashMap<>();
			cells.forEach((s, ps) -> texts.put(s, words.apply(and(ps))));
			rows.add(new Row(line, texts, other.isEmpty() ? "" : words.apply(and(other)),
					words.apply(RuleWords.conclusion(line.parts().then(), kb))));
		}
		List<Column> columns = new ArrayList<>();
		for (Question q : kb.questions()) {
			if (tested.containsKey("q:" + q.id())) {
				columns.add(new Column("q:" + q.id(), q.text().get(lang), false));
			}
		}
		kb.findings()
			.stream()
			.filter(f -> tested.containsKey("f:" + f.id()))
			.forEach(f -> columns.add(new Column("f:" + f.id(), f.title().get(lang), true)));
		// a subject the knowledge base lacks (a draft mid-edit) still gets its column
		tested.keySet()
			.stream()
			.filter(s -> columns.stream().noneMatch(c -> c.subject().equals(s)))
			.forEach(s -> columns.add(new Column(s, s.substring(2), s.startsWith("f:"))));
		return new DecisionTable(List.copyOf(columns), List.copyOf(rows), anyOther);
	}

	private static Problem and(List<Problem> parts) {
		Problem out = parts.get(parts.size() - 1);
		for (int i = parts.size() - 2; i >= 0; i--) {
			out = Problem.phrase("sentence.and", parts.get(i), out);
		}
		return out;
	}

}
