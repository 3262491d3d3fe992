package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * One question's block of lines in {@code questionnaire.yaml}: read as a map, written
 * back in its place, moved inside its section, removed. The rest of the file keeps its
 * lines, so the differences between versions show only the question that changed.
 */
final class QuestionYaml {

	private static final Pattern ITEM = Pattern.compile("^(\\s*)- id: \"?([^\"\\s]+)\"?\\s*$");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.SPLIT_LINES, YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.build();

	private final List<String> lines;

	QuestionYaml(String yaml) {
		this.lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
	}

	/**
	 * Lines [start, end) of an item, without trailing blank lines, and its dash's indent.
	 */
	record Block(int start, int end, int indent) {
	}

	String text() {
		return String.join("\n", lines);
	}

	/**
	 * The item with this id at this indent (any indent when negative), if there is one.
	 */
	Block find(String id, int indent, int from, int to) {
		to = Math.min(to, lines.size());
		for (int i = from; i < to; i++) {
			Matcher m = ITEM.matcher(lines.get(i));
			if (m.matches() && m.group(2).equals(id) && (indent < 0 || m.group(1).length() == indent)) {
				return block(i, m.group(1).length(), to);
			}
		}
		return null;
	}

	private Block block(int start, int indent, int to) {
		int end = start + 1;
		while (end < to) {
			String l = lines.get(end);
			if (!l.isBlank() && !l.strip().startsWith("#") && leading(l) <= indent) {
				break;
			}
			end++;
		}
		while (end > start + 1 && lines.get(end - 1).isBlank()) {
			end--;
		}
		return new Block(start, end, indent);
	}

	/** The section's block, or null. */
	Block section(String sectionId) {
		return find(sectionId, 2, 0, lines.size());
	}

	/** The blocks of a section's questions, in order. */
	List<Block> questions(String sectionId) {
		Block s = section(sectionId);
		List<Block> blocks = new ArrayList<>();
		if (s == null) {
			return blocks;
		}
		for (int i = s.start() + 1; i < s.end(); i++) {
			Matcher m = ITEM.matcher(lines.get(i));
			if (m.matches() && m.group(1).length() == s.indent() + 4) {
				Block b = block(i, s.indent() + 4, s.end());
				blocks.add(b);
				i = b.end() - 1;
			}
		}
		return blocks;
	}

	/** Every item of a top-level list (dash at {@code indent}), with its id. */
	Map<String, Block> items(int indent) {
		Map<String, Block> items = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher m = ITEM.matcher(lines.get(i));
			if (m.matches() && m.group(1).length() == indent) {
				Block b = block(i, indent, lines.size());
				items.put(m.group(2), b);
				i = b.end() - 1;
			}
		}
		return items;
	}

	/** The line after the last non-blank line. */
	int end() {
		int end = lines.size();
		while (end > 0 && lines.get(end - 1).isBlank()) {
			end--;
		}
		return end;
	}

	/** The question as a map, keys in file order. */
	@SuppressWarnings("unchecked")
	Map<String, Object> read(Block b) {
		StringBuilder text = new StringBuilder();
		for (int i = b.start(); i < b.end(); i++) {
			String l = lines.get(i);
			text.append(l.length() > b.indent() ? l.substring(b.indent()) : l.strip()).append('\n');
		}
		List<Object> list = YAML.readValue(text.toString(), List.class);
		return new LinkedHashMap<>((Map<String, Object>) list.get(0));
	}

	/** Removes a block; returns its lines. */
	List<String> remove(Block b) {
		List<String> removed = new ArrayList<>(lines.subList(b.start(), b.end()));
		lines.subList(b.start(), b.end()).clear();
		return removed;
	}

	/** Inserts a question, written at this indent, at line {@code at}. */
	void insert(int at, Map<String, Object> question, int indent) {
		lines.addAll(at, render(question, indent));
	}

	/** A map as YAML list-item lines at this indent. */
	static List<String> render(Map<String, Object> entry, int indent) {
		String yaml = YAML.writeValueAsString(List.of(entry)).replaceFirst("^---\\s*\n", "");
		List<String> lines = Arrays.stream(yaml.split("\n")).filter(l -> !l.isBlank()).toList();
		// the list's own dash may come indented (arrays are indented with their
		// indicator)
		int common = lines.stream().mapToInt(QuestionYaml::leading).min().orElse(0);
		List<String> out = new ArrayList<>();
		for (String line : lines) {
			out.add(" ".repeat(indent) + line.substring(common));
		}
		return out;
	}

	/**
	 * Puts a question at a position (0-based) among its section's other questions, the
	 * question's own block already removed.
	 */
	void place(String sectionId, int position, Map<String, Object> question) {
		List<Block> others = questions(sectionId);
		Block s = section(sectionId);
		int at;
		if (others.isEmpty()) {
			at = s.end();
			if (!lines.get(at - 1).strip().equals("questions:")) {
				lines.add(at, " ".repeat(s.indent() + 2) + "questions:");
				at++;
			}
		}
		else if (position < others.size()) {
			at = others.get(Math.max(0, position)).start();
		}
		else {
			at = others.get(others.size() - 1).end();
		}
		insert(at, question, s.indent() + 4);
	}

	private static int leading(String line) {
		int n = 0;
		while (n < line.length() && line.charAt(n) == ' ') {
			n++;
		}
		return n;
	}

}
