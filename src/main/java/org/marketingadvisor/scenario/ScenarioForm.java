package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.FormFields;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario form as posted: its answers are rows (a question and the values of the
 * control drawn for it), so they vary; {@code shownFor} of a row is the question its
 * control was drawn for, which tells a question changed without the script (its control
 * still the old question's) from an answer left empty on purpose.
 *
 * @param editing the id of the scenario being edited, or empty for a new one
 * @param from the scenario the form started from (edited or duplicated), or empty
 * @param id the id typed for a new scenario (without {@code browser.}), may be empty
 */
record ScenarioForm(String editing, String from, String id, String name, String base, List<Row> rows,
		Expectations expect, Expectations absent) {

	/** Rows added for new answers, and added again by "more rows". */
	static final int EMPTY_ROWS = 3;

	/** The most rows read from one post. */
	static final int MAX_ROWS = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One answer row: a question id and the posted values of its control. */
	record Row(String question, List<String> values, String shownFor) {

		boolean blank() {
			return question.isBlank() && values.stream().allMatch(String::isBlank);
		}

		static Row empty() {
			return new Row("", List.of(), "");
		}

	}

	/** Findings, recommendations and rules (by name) expected, or forbidden. */
	record Expectations(List<String> findings, List<String> recommendations, List<String> rules) {

		static final Expectations NONE = new Expectations(List.of(), List.of(), List.of());

		static Expectations of(org.marketingadvisor.scenario.Scenario.Expectation e) {
			return new Expectations(e.findings(), e.recommendations(), e.rules());
		}

		boolean isEmpty() {
			return findings.isEmpty() && recommendations.isEmpty() && rules.isEmpty();
		}

	}

	public boolean isNew() {
		return editing.isBlank();
	}

	static ScenarioForm blank(String base) {
		return new ScenarioForm("", "", "", "", base, emptyRows(List.of()), Expectations.NONE, Expectations.NONE);
	}

	/**
	 * A scenario's own answers (not its base's) and expectations, to edit or copy; its
	 * name as the page in the language shows it.
	 */
	static ScenarioForm of(Scenario s, boolean edit, KnowledgeBase kb, Lang lang) {
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, Object> answer : s.answers().entrySet()) {
			JsonNode json = JSON.valueToTree(answer.getValue());
			List<String> values = kb.question(answer.getKey())
				.map(q -> AnswerType.of(q).posted(json))
				.orElseGet(() -> json == null || json.isNull() ? List.of() : List.of(json.asString()));
			rows.add(new Row(answer.getKey(), values, answer.getKey()));
		}
		String name = s.name() == null ? "" : s.name().in(lang);
		return new ScenarioForm(edit ? s.id() : "", s.id(), "", name, s.base() == null ? "" : s.base(), emptyRows(rows),
				Expectations.of(s.expect()), Expectations.of(s.absent()));
	}

	static ScenarioForm read(HttpServletRequest request) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && request.getParameter("q" + i) != null; i++) {
			rows.add(new Row(FormFields.param(request, "q" + i).strip(), values(request, "v" + i),
					FormFields.param(request, "t" + i).strip()));
		}
		return new ScenarioForm(FormFields.param(request, "editing").strip(), FormFields.param(request, "from").strip(),
				FormFields.param(request, "id").strip(), FormFields.param(request, "name").strip(),
				FormFields.param(request, "base").strip(), rows, expectations(request, "expect"),
				expectations(request, "absent"));
	}

	/** The same form with its rows replaced. */
	ScenarioForm withRows(List<Row> rows) {
		return new ScenarioForm(editing, from, id, name, base, rows, expect, absent);
	}

	/** The rows as typed, plus empty ones to add answers in. */
	ScenarioForm withEmptyRows() {
		return withRows(emptyRows(rows.stream().filter(r -> !r.blank()).toList()));
	}

	private static List<Row> emptyRows(List<Row> rows) {
		List<Row> all = new ArrayList<>(rows);
		for (int i = 0; i < EMPTY_ROWS; i++) {
			all.add(Row.empty());
		}
		return all;
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] v = request.getParameterValues(name);
		if (v == null) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (String s : v) {
			values.add(s.strip());
		}
		return values;
	}

	private static Expectations expectations(HttpServletRequest request, String prefix) {
		return new Expectations(FormFields.values(request, prefix + ".findings"),
				FormFields.values(request, prefix + ".recommendations"), FormFields.values(request, prefix + ".rules"));
	}

}
