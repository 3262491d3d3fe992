package org.marketingadvisor.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.knowledge.SourceFiles;

/**
 * The application's entry to the rules: holds the current rule set (compiled at start-up,
 * which fails with every problem listed if the content is broken) and evaluates answers
 * against it.
 *
 * <p>
 * A new version is compiled in the background, one at a time, while the current one keeps
 * serving; only a version that builds (knowledge base valid, rules safe, ids known, DRL
 * compiles) is swapped in, by one atomic reference write. An evaluation holds the rule
 * set it started on, so evaluations in flight finish on the old version and none waits
 * for a compilation.
 */
public class RuleEngine implements AutoCloseable {

	private static final Log log = LogFactory.getLog(RuleEngine.class);

	private final AtomicReference<RuleSet> current;

	private final int poolSize;

	/** Compiles new versions off the request threads, one after the other. */
	private final ExecutorService compiler = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "rule-set-compiler");
		t.setDaemon(true);
		return t;
	});

	/** An engine on the content folders as they are on disk (tests, tools). */
	public RuleEngine(EngineProperties properties) {
		this(RuleSetLoader.load(properties.rulesDir(), properties.knowledgeBaseDir(), properties.sessionPoolSize()),
				properties.sessionPoolSize());
		log.info(String.format("Rule set %s: %d rules compiled in %d ms from %s and %s", current().version(),
				current().ruleNames().size(), current().compileMillis(), describe(properties.rulesDir()),
				describe(properties.knowledgeBaseDir())));
	}

	/** An engine serving an already built rule set. */
	public RuleEngine(RuleSet initial, int poolSize) {
		this.poolSize = poolSize;
		this.current = new AtomicReference<>(initial);
	}

	public static String describe(java.nio.file.Path dir) {
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

	/**
	 * Compiles the given content in the background and, if it builds, makes it the
	 * current rule set. The future fails with the {@link RuleSetException} (or
	 * knowledge-base problems) of content that does not build; the current version then
	 * stays live.
	 */
	public CompletableFuture<RuleSet> publish(List<SourceFile> drlFiles, List<SourceFile> kbFiles) {
		return compile(drlFiles, kbFiles).thenApply(this::swap).whenComplete((published, failure) -> {
			if (failure != null) {
				log.warn("Rule set not published, the current one stays live: " + failure.getMessage());
			}
		});
	}

	/**
	 * Compiles the given content in the background without making it live: the future
	 * holds the built rule set, or fails with what is wrong with the content. Use
	 * {@link #swap} to make it live once whatever else publishing involves has succeeded.
	 */
	public CompletableFuture<RuleSet> compile(List<SourceFile> drlFiles, List<SourceFile> kbFiles) {
		return CompletableFuture.supplyAsync(() -> RuleSetLoader.build(drlFiles, kbFiles, poolSize), compiler);
	}

	/** Makes a built rule set the current one; returns it. */
	public RuleSet swap(RuleSet next) {
		RuleSet previous = current.getAndSet(next);
		log.info(String.format("Rule set %s is live (was %s): %d rules compiled in %d ms", next.version(),
				previous.version(), next.ruleNames().size(), next.compileMillis()));
		return next;
	}

	@Override
	public void close() {
		compiler.shutdownNow();
	}

}
