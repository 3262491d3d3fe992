package org.marketingadvisor.ruleset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleSetLoader;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.knowledge.SourceFiles;

/**
 * The full content of a rule-set version: every file of {@code rules/} (rules and their
 * scenarios) and of {@code knowledge-base/}, by path from the project root.
 */
public record Content(SortedMap<String, String> files) {

	public static final String RULES = "rules/";

	public static final String KNOWLEDGE_BASE = "knowledge-base/";

	public Content {
		files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
	}

	/**
	 * Reads both folders from disk (or the copy bundled in the jar when they are absent).
	 */
	public static Content read(Path rulesDir, Path knowledgeBaseDir) {
		Map<String, String> files = new TreeMap<>();
		for (SourceFile f : SourceFiles.read(rulesDir, Content::isRulesFolderFile)) {
			files.put(RULES + f.path(), f.text());
		}
		for (SourceFile f : SourceFiles.read(knowledgeBaseDir, KnowledgeBaseLoader::isContentFile)) {
			files.put(KNOWLEDGE_BASE + f.path(), f.text());
		}
		return new Content(new TreeMap<>(files));
	}

	/** What of {@code rules/} a version keeps: the rules and the scenarios. */
	static boolean isRulesFolderFile(String path) {
		return RuleSetLoader.isRuleFile(path) || path.endsWith(".yaml") || path.endsWith(".yml");
	}

	/** Whether a path may be a file of a version. */
	public static boolean isAllowedPath(String path) {
		if (path == null || path.contains("..") || path.contains("//") || path.contains("\\")
				|| !path.matches("[A-Za-z0-9._/-]+")) {
			return false;
		}
		return (path.startsWith(RULES) && isRulesFolderFile(path.substring(RULES.length())))
				|| (path.startsWith(KNOWLEDGE_BASE)
						&& KnowledgeBaseLoader.isContentFile(path.substring(KNOWLEDGE_BASE.length())));
	}

	/**
	 * The rule files, with paths relative to {@code rules/}, as the engine reads them.
	 */
	public List<SourceFile> ruleFiles() {
		return under(RULES, true);
	}

	/**
	 * The scenario files, with paths relative to {@code rules/}, as the loader reads
	 * them.
	 */
	public List<SourceFile> scenarioFiles() {
		return under(RULES, false).stream().filter(f -> isScenarioFile(f.path())).toList();
	}

	/** Whether a path relative to {@code rules/} is a scenario file. */
	public static boolean isScenarioFile(String path) {
		return path.startsWith("scenarios/") && (path.endsWith(".yaml") || path.endsWith(".yml"));
	}

	/** The knowledge-base files, relative to {@code knowledge-base/}. */
	public List<SourceFile> knowledgeBaseFiles() {
		return under(KNOWLEDGE_BASE, false);
	}

	private List<SourceFile> under(String root, boolean rulesOnly) {
		List<SourceFile> list = new ArrayList<>();
		files.forEach((path, text) -> {
			if (path.startsWith(root)) {
				String relative = path.substring(root.length());
				if (!rulesOnly || RuleSetLoader.isRuleFile(relative)) {
					list.add(new SourceFile(relative, text.getBytes(StandardCharsets.UTF_8)));
				}
			}
		});
		return list;
	}

	/**
	 * Builds this content into a rule set (knowledge base, safety, ids, DRL); throws with
	 * every problem when it does not build.
	 */
	public RuleSet build(int poolSize) {
		return RuleSetLoader.build(ruleFiles(), knowledgeBaseFiles(), poolSize);
	}

	/** This content with one file replaced or added. */
	public Content with(String path, String text) {
		TreeMap<String, String> copy = new TreeMap<>(files);
		copy.put(path, text);
		return new Content(copy);
	}

	/** This content with files replaced, added, or removed (a null text). */
	public Content with(Map<String, String> changes) {
		TreeMap<String, String> copy = new TreeMap<>(files);
		changes.forEach((path, text) -> {
			if (text == null) {
				copy.remove(path);
			}
			else {
				copy.put(path, text);
			}
		});
		return new Content(copy);
	}

	/** SHA-256 over every path and text, hex. */
	public String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((path, text) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(text.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
