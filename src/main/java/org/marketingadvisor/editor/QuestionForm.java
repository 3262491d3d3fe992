package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The question form (a new question or an existing one) as typed: every field stays text,
 * so a refused form shows again exactly what was typed, each error next to its field.
 *
 * @param required the checkbox: sent ("on") when ticked
 * @param options one row per option; a row's {@code old} is the id it had when the form
 * was shown (blank for a new row)
 * @param when the question this one follows, or blank for always
 * @param whenValues the answers of {@code when} that show this question (yes / no, or
 * option ids)
 * @param whenMin the least number of {@code when} that shows this question
 * @param position 1-based place in its section
 * @param scenarioAnswer the answer the draft's scenarios assume when they have none
 * @param confirm "yes" once the consultant has seen what the change does
 */
record QuestionForm(String section, String qid, String type, String required, String min, String max, Texts text,
		Texts help, List<OptionRow> options, String when, String whenOp, List<String> whenValues, String whenMin,
		String position, String scenarioAnswer, String confirm) {

	/** How many empty option rows a form offers (more with the "add a row" button). */
	static final int EMPTY_ROWS = 3;

	/** One option row as typed. */
	record OptionRow(String old, String id, String ru, String uk, String en, String remove) {

		static final OptionRow EMPTY = new OptionRow("", "", "", "", "", null);

		OptionRow {
			old = old == null ? "" : old.strip();
			id = id == null ? "" : id.strip();
			ru = ru == null ? "" : ru.strip();
			uk = uk == null ? "" : uk.strip();
			en = en == null ? "" : en.strip();
		}

		boolean blank() {
			return old.isEmpty() && id.isEmpty() && ru.isEmpty() && uk.isEmpty() && en.isEmpty();
		}

		boolean removed() {
			return remove != null && !old.isEmpty();
		}

	}

	QuestionForm {
		section = section == null ? "" : section.strip();
		qid = qid == null ? "" : qid.strip();
		type = type == null ? "" : type;
		min = min == null ? "" : min.strip();
		max = max == null ? "" : max.strip();
		text = text == null ? Texts.EMPTY : text;
		help = help == null ? Texts.EMPTY : help;
		options = options == null ? List.of() : options.stream().map(o -> o == null ? OptionRow.EMPTY : o).toList();
		when = when == null ? "" : when;
		whenOp = whenOp == null ? "" : whenOp;
		whenValues = whenValues == null ? List.of() : whenValues.stream().filter(v -> !v.isBlank()).toList();
		whenMin = whenMin == null ? "" : whenMin.strip();
		position = position == null ? "" : position.strip();
		scenarioAnswer = scenarioAnswer == null ? "" : scenarioAnswer.strip();
	}

	static final QuestionForm EMPTY = new QuestionForm(null, null, "single", null, null, null, null, null, null, null,
			null, null, null, null, null, null)
		.withEmptyRows();

	public boolean isRequired() {
		return required != null;
	}

	public boolean confirmed() {
		return "yes".equals(confirm);
	}

	/** The rows that are not blank. */
	List<OptionRow> filledOptions() {
		return options.stream().filter(o -> !o.blank()).toList();
	}

	/** The form with its filled rows and a few empty ones after them. */
	QuestionForm withEmptyRows() {
		List<OptionRow> rows = new ArrayList<>(filledOptions());
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(OptionRow.EMPTY);
		}
		return new QuestionForm(section, qid, type, required, min, max, text, help, rows, when, whenOp, whenValues,
				whenMin, position, scenarioAnswer, null);
	}

	QuestionForm withPosition(int p) {
		return new QuestionForm(section, qid, type, required, min, max, text, help, options, when, whenOp, whenValues,
				whenMin, String.valueOf(p), scenarioAnswer, confirm);
	}

}
