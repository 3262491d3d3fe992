package org.marketingadvisor.engine;

import java.lang.ref.SoftReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * Compiles DRL text into a KieBase through a KieFileSystem, which works inside the
 * executable jar as long as drools-mvel is on the class path. Errors are reported as
 * {@code rules/<file>:line:column}.
 */
final class RuleCompiler {

	private static final String RESOURCES = "src/main/resources/";

	private static final java.util.regex.Pattern PARSER_PLACE = java.util.regex.Pattern.compile("Line (\\d+):(\\d+)");

	private RuleCompiler() {
	}

	/**
	 * KieBases already built, by a digest of the DRL they were built from. A KieBase is
	 * immutable and thread-safe, and its DRL is all it depends on (the fact model is
	 * fixed), so the same text never needs compiling twice: a draft made from the live
	 * version, a draft's publish gate, linter and impact preview, and every test context
	 * started on the bundled content share one build. A few entries cover the live
	 * version and the drafts being worked on; softly held, so memory pressure may drop
	 * them.
	 */
	private static final Map<String, SoftReference<KieBase>> BUILT = Collections
		.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, SoftReference<KieBase>> eldest) {
				return size() > 6;
			}
		});

	static KieBase compile(List<SourceFile> drlFiles, String version) {
		String key = SourceFile.digest(drlFiles);
		SoftReference<KieBase> known = BUILT.get(key);
		KieBase kieBase = known == null ? null : known.get();
		if (kieBase == null) {
			kieBase = build(drlFiles, version);
			BUILT.put(key, new SoftReference<>(kieBase));
		}
		return kieBase;
	}

	private static KieBase build(List<SourceFile> drlFiles, String version) {
		KieServices ks = KieServices.get();
		KieFileSystem kfs = ks.newKieFileSystem();
		ReleaseId releaseId = ks.newReleaseId("org.marketingadvisor", "ruleset", "1.0.0-" + version);
		kfs.generateAndWritePomXML(releaseId);
		for (SourceFile file : drlFiles) {
			kfs.write(RESOURCES + "rules/" + file.path(), file.content());
		}
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
		List<Problem> errors = builder.getResults()
			.getMessages(Message.Level.ERROR)
			.stream()
			.map(RuleCompiler::describe)
			.toList();
		if (!errors.isEmpty()) {
			throw new RuleSetException("Rules do not compile", errors);
		}
		try {
			return ks.newKieContainer(releaseId).getKieBase();
		}
		finally {
			// the container is only a vehicle for the KieBase; don't let every version
			// pile up in the repository
			ks.getRepository().removeKieModule(releaseId);
		}
	}

	private static Problem describe(Message m) {
		String path = m.getPath() == null ? "rules" : m.getPath().replace(RESOURCES, "");
		String text = m.getText() == null ? "" : m.getText().strip().replaceAll("\\s+", " ");
		int line = m.getLine();
		int column = m.getColumn();
		// the parser often reports column 0 but names the place in its text
		// ("Line 11:19", a 0-based column)
		java.util.regex.Matcher where = PARSER_PLACE.matcher(text);
		if (column <= 0 && where.find() && Integer.parseInt(where.group(1)) == line) {
			column = Integer.parseInt(where.group(2)) + 1;
		}
		return Problem.drools(path, line <= 0 ? null : line, line <= 0 || column <= 0 ? null : column, text);
	}

}
