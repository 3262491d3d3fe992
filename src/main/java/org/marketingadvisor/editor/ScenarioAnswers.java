package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.marketingadvisor.editor.QuestionYaml.Block;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one question's answer into scenarios of a draft's scenario files, line by line
 * (a line {@code question: value} in a scenario's {@code answers}), or removes it, so a
 * change to the questionnaire keeps the scenarios in step and shows as those lines only.
 */
final class ScenarioAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Changed files, by path; starts from the draft's files. */
	private final Map<String, String> files;

	private final Map<String, String> changed = new TreeMap<>();

	ScenarioAnswers(Map<String, String> files) {
		this.files = files;
	}

	Map<String, String> changed() {
		return changed;
	}

	/** The scenario file's text as changed so far. */
	String text(String path) {
		return changed.getOrDefault(path, files.get(path));
	}

	/**
	 * Sets (value non-null) or clears (value null: written as {@code null}, which hides
	 * an answer a base gives) a scenario's own answer; {@code remove} takes the line out.
	 */
	void set(String path, String scenarioId, String question, Object value, boolean remove) {
		QuestionYaml yaml = new QuestionYaml(text(path));
		List<String> lines = new ArrayList<>(Arrays.asList(yaml.text().split("\n", -1)));
		Block s = yaml.find(scenarioId, -1, 0, lines.size());
		if (s == null) {
			return;
		}
		String keyIndent = " ".repeat(s.indent() + 2);
		String answerIndent = " ".repeat(s.indent() + 4);
		int answers = -1;
		for (int i = s.start() + 1; i < s.end(); i++) {
			if (lines.get(i).equals(keyIndent + "answers:")) {
				answers = i;
			}
		}
		String line = answerIndent + question + ": " + (value == null ? "null" : JSON.writeValueAsString(value));
		if (answers < 0) {
			if (!remove) {
				lines.add(s.end(), keyIndent + "answers:");
				lines.add(s.end() + 1, line);
			}
		}
		else {
			int end = answers + 1;
			int at = -1;
			while (end < lines.size() && lines.get(end).startsWith(answerIndent)) {
				if (lines.get(end).startsWith(answerIndent + question + ":")) {
					at = end;
				}
				end++;
			}
			if (at >= 0 && remove) {
				lines.remove(at);
			}
			else if (at >= 0) {
				lines.set(at, line);
			}
			else if (!remove) {
				lines.add(end, line);
			}
		}
		changed.put(path, String.join("\n", lines));
	}

}
