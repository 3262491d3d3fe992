package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marketingadvisor.knowledge.Lang;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes texts in a knowledge-base YAML file in place, line by line, so that a change of
 * one title shows as that one line in the differences between versions (comments, order
 * and layout of the rest of the file stay as they are). An entry is found by its id, an
 * option by its id inside its question; a text field by its key, with one line per
 * language.
 */
final class KnowledgeTexts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ITEM = Pattern.compile("^(\\s*)- id: \"?([^\"\\s]+)\"?\\s*$");

	private KnowledgeTexts() {
	}

	/**
	 * The file with {@code field} of the entry at {@code path} (an id, or a question id
	 * and an option id) set to the given texts; a missing field or language line is
	 * added. Throws when the entry is not in the file.
	 */
	static String set(String yaml, List<String> path, String field, Map<String, String> texts) {
		List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
		int from = 0;
		int to = lines.size();
		int indent = -1;
		for (String id : path) {
			int[] block = find(lines, id, from, to);
			from = block[0];
			to = block[1];
			indent = block[2];
		}
		String keyIndent = " ".repeat(indent + 2);
		String langIndent = " ".repeat(indent + 4);
		int fieldLine = -1;
		for (int i = from + 1; i < to; i++) {
			if (lines.get(i).equals(keyIndent + field + ":")) {
				fieldLine = i;
				break;
			}
		}
		if (fieldLine < 0) {
			// after the entry's own keys, before any nested list would also do; the end
			// is simplest
			lines.add(to, keyIndent + field + ":");
			fieldLine = to;
			to++;
		}
		for (Lang lang : Lang.values()) {
			String value = texts.get(lang.code());
			if (value == null) {
				continue;
			}
			String line = langIndent + lang.code() + ": " + JSON.writeValueAsString(value.strip());
			int at = -1;
			int end = fieldLine + 1;
			while (end < lines.size() && lines.get(end).startsWith(langIndent)) {
				if (lines.get(end).startsWith(langIndent + lang.code() + ":")) {
					at = end;
				}
				end++;
			}
			if (at >= 0) {
				lines.set(at, line);
			}
			else {
				lines.add(end, line);
			}
		}
		return String.join("\n", lines);
	}

	/** The lines [start, end) of the item with this id, and its dash's indent. */
	private static int[] find(List<String> lines, String id, int from, int to) {
		for (int i = from; i < to; i++) {
			Matcher m = ITEM.matcher(lines.get(i));
			if (m.matches() && m.group(2).equals(id)) {
				int indent = m.group(1).length();
				int end = i + 1;
				while (end < to) {
					String l = lines.get(end);
					if (!l.isBlank() && !l.strip().startsWith("#") && leading(l) <= indent) {
						break;
					}
					end++;
				}
				return new int[] { i, end, indent };
			}
		}
		throw new IllegalArgumentException("no entry '" + id + "' in the file");
	}

	private static int leading(String line) {
		int n = 0;
		while (n < line.length() && line.charAt(n) == ' ') {
			n++;
		}
		return n;
	}

	/** The file with a block of YAML lines added at the end of a section's questions. */
	static String addQuestion(String yaml, String sectionId, String questionYaml) {
		List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
		int[] section = find(lines, sectionId, 0, lines.size());
		int end = section[1];
		while (end > section[0] + 1 && lines.get(end - 1).isBlank()) {
			end--;
		}
		String indent = " ".repeat(section[2] + 4);
		List<String> block = new ArrayList<>();
		for (String l : questionYaml.split("\n")) {
			if (!l.isEmpty()) {
				block.add(indent + l);
			}
		}
		lines.addAll(end, block);
		return String.join("\n", lines);
	}

}
