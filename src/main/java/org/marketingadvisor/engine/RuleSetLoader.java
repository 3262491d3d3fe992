package org.marketingadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.knowledge.SourceFiles;

/**
 * Builds a {@link RuleSet} from the content folders: loads and validates the knowledge
 * base, checks every id the rules name against it, compiles the DRL and stamps the result
 * with the content hash of both folders. Scenario files under {@code rules/scenarios/}
 * pin behaviour but do not change it, so they are not part of the version.
 */
public final class RuleSetLoader {

	private RuleSetLoader() {
	}

	public static boolean isRuleFile(String path) {
		return path.endsWith(".drl");
	}

	public static RuleSet load(Path rulesDir, Path knowledgeBaseDir, int poolSize) {
		List<SourceFile> kbFiles = SourceFiles.read(knowledgeBaseDir, KnowledgeBaseLoader::isContentFile);
		List<SourceFile> drlFiles = SourceFiles.read(rulesDir, RuleSetLoader::isRuleFile);
		return build(drlFiles, kbFiles, poolSize);
	}

	public static RuleSet build(List<SourceFile> drlFiles, List<SourceFile> kbFiles, int poolSize) {
		long start = System.nanoTime();
		KnowledgeBase kb = KnowledgeBaseLoader.load(kbFiles);
		if (drlFiles.isEmpty()) {
			throw new RuleSetException("No rules", List.of(Problem.in(null, "problem.rule.no-files")));
		}
		// nothing of a file that fails the check is compiled: the compiler gets DRL
		// rendered from what the check accepted, never the files' text
		RuleSafety.Checked checked = RuleSafety.read(drlFiles);
		if (!checked.safe()) {
			throw new RuleSetException("Rules use what rules may not use", checked.problems());
		}
		List<Problem> problems = RuleReferences.of(checked.rules(), kb).problems();
		if (!problems.isEmpty()) {
			throw new RuleSetException("Rules name ids the knowledge base lacks", problems);
		}
		String version = version(drlFiles, kbFiles);
		var kieBase = RuleCompiler.compile(checked.compiled(), version);
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new RuleSet(version, kb, kieBase, poolSize, millis);
	}

	/**
	 * SHA-256 over the paths and contents of the rule files and the knowledge-base files.
	 */
	static String version(List<SourceFile> drlFiles, List<SourceFile> kbFiles) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			feed(digest, "rules/", drlFiles);
			feed(digest, "knowledge-base/", kbFiles);
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void feed(MessageDigest digest, String root, List<SourceFile> files) {
		for (SourceFile file : files) {
			digest.update((root + file.path()).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(file.content());
			digest.update((byte) 0);
		}
	}

}
