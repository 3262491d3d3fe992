package org.marketingadvisor.engine;

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

	static KieBase compile(List<SourceFile> drlFiles, String version) {
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
