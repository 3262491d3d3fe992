package org.marketingadvisor.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marketingadvisor.knowledge.Problem;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft's problems as the {@code problems} column keeps them: a JSON array of
 * {@code {file, line, column, key, args}} (an argument that is itself a phrase is an
 * object of the same shape). Rows written before problems had keys hold plain lines of
 * English text; each is read back as a {@link Problem#TEXT} problem, so nothing stored is
 * lost.
 */
@Component
class StoredProblems {

	/** The column's size. */
	private static final int MAX = 200_000;

	private final JsonMapper json;

	StoredProblems(JsonMapper json) {
		this.json = json;
	}

	/** The column's value: null without problems; as many as fit the column. */
	String write(List<Problem> problems) {
		if (problems == null || problems.isEmpty()) {
			return null;
		}
		List<Object> rows = new ArrayList<>();
		for (Problem p : problems) {
			rows.add(row(p));
		}
		String text = json.writeValueAsString(rows);
		while (text.length() > MAX && rows.size() > 1) {
			rows = rows.subList(0, rows.size() / 2);
			text = json.writeValueAsString(rows);
		}
		return text.length() > MAX ? null : text;
	}

	List<Problem> read(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		if (column.startsWith("[")) {
			try {
				JsonNode rows = json.readTree(column);
				List<Problem> problems = new ArrayList<>();
				for (JsonNode row : rows.values()) {
					problems.add(problem(row));
				}
				return List.copyOf(problems);
			}
			catch (JacksonException | IllegalArgumentException ex) {
				// not ours: an old plain-text row that starts with a bracket
			}
		}
		return column.lines().map(Problem::text).toList();
	}

	private static Map<String, Object> row(Problem p) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("file", p.file());
		row.put("line", p.line());
		row.put("column", p.column());
		row.put("key", p.key());
		row.put("args", p.args().stream().map(a -> a instanceof Problem phrase ? row(phrase) : a).toList());
		return row;
	}

	private static Problem problem(JsonNode row) {
		if (!row.isObject() || !row.path("key").isString()) {
			throw new IllegalArgumentException("not a stored problem");
		}
		List<Object> args = new ArrayList<>();
		for (JsonNode arg : row.path("args").values()) {
			args.add(arg.isObject() ? problem(arg) : arg.isNumber() ? arg.numberValue() : arg.asString());
		}
		return new Problem(text(row.path("file")), number(row.path("line")), number(row.path("column")),
				row.path("key").stringValue(), args);
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.stringValue() : null;
	}

	private static Integer number(JsonNode node) {
		return node.isInt() ? node.intValue() : null;
	}

}
