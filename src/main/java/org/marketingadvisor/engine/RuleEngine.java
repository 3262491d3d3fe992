package org.marketingadvisor.engine;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.SourceFiles;
import org.springframework.stereotype.Service;

/**
 * The application's entry to the rules: holds the current rule set (compiled at start-up,
 * which fails with every problem listed if the content is broken) and evaluates answers
 * against it. The reference can be swapped atomically for a newly published version.
 */
@Service
public class RuleEngine {

	private static final Log log = LogFactory.getLog(RuleEngine.class);

	private final AtomicReference<RuleSet> current;

	public RuleEngine(EngineProperties properties) {
		RuleSet ruleSet = RuleSetLoader.load(properties.rulesDir(), properties.knowledgeBaseDir(),
				properties.sessionPoolSize());
		log.info(String.format("Rule set %s: %d rules compiled in %d ms from %s and %s", ruleSet.version(),
				ruleSet.ruleNames().size(), ruleSet.compileMillis(), describe(properties.rulesDir()),
				describe(properties.knowledgeBaseDir())));
		this.current = new AtomicReference<>(ruleSet);
	}

	private static String describe(java.nio.file.Path dir) {
		return SourceFiles.onDisk(dir) ? dir.toAbsolutePath().normalize().toString()
				: "the copy bundled in the application (" + dir + " not found)";
	}

	public RuleSet current() {
		return current.get();
	}

	public KnowledgeBase knowledgeBase() {
		return current.get().knowledgeBase();
	}

	public Evaluation evaluate(Answers answers) {
		return current.get().evaluate(answers);
	}

}
