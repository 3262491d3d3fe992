package org.marketingadvisor.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.marketingadvisor.engine.EngineProperties;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleSetLoader;
import org.marketingadvisor.knowledge.FindingDefinition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.knowledge.SourceFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publishing a version: everything between "publish" and the new version serving, that is
 * the knowledge base loaded and validated, the safety check, the id check, the DRL
 * compiled into a KieBase with its session pool, and the atomic swap; for the shipped
 * rule set and for a generated one of 1,000 rules (the shipped knowledge base, rules made
 * from its questions, options and findings).
 *
 * <p>
 * Run from the project folder:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args=PublishBenchmark}. Each
 * measurement is one publish (single shot); report the median.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class PublishBenchmark {

	@Param({ "shipped", "generated-1000" })
	public String ruleSet;

	private RuleEngine engine;

	private List<SourceFile> drl;

	private List<SourceFile> kb;

	@Setup(Level.Trial)
	public void setUp() {
		engine = new RuleEngine(new EngineProperties(Path.of("rules"), Path.of("knowledge-base"), 8));
		kb = SourceFiles.read(Path.of("knowledge-base"), KnowledgeBaseLoader::isContentFile);
		drl = ruleSet.equals("shipped") ? SourceFiles.read(Path.of("rules"), RuleSetLoader::isRuleFile)
				: generate(engine.knowledgeBase(), 1000);
		RuleSet check = RuleSetLoader.build(drl, kb, 1);
		System.out.printf("%n%s: %d rules in %d files%n", ruleSet, check.ruleNames().size(), drl.size());
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		engine.close();
	}

	@Benchmark
	public RuleSet publish() throws Exception {
		return engine.publish(drl, kb).get();
	}

	/**
	 * {@code count} rules in files of 100: each matches one or two answers (choice
	 * options, so the ids and values are real) and derives one of the knowledge base's
	 * findings, the way the shipped rules do.
	 */
	static List<SourceFile> generate(KnowledgeBase knowledgeBase, int count) {
		List<String[]> answers = new ArrayList<>();
		for (Question q : knowledgeBase.questions()) {
			if (q.options() != null) {
				for (Option o : q.options()) {
					answers.add(new String[] { q.id(), o.id() });
				}
			}
		}
		List<FindingDefinition> findings = knowledgeBase.findings();
		List<SourceFile> files = new ArrayList<>();
		StringBuilder text = null;
		for (int i = 0; i < count; i++) {
			if (i % 100 == 0) {
				if (text != null) {
					files.add(file(files.size(), text));
				}
				text = new StringBuilder("package rules.generated;\n\nimport org.marketingadvisor.engine.Answer;\n"
						+ "import org.marketingadvisor.engine.Finding;\n\n");
			}
			String[] a = answers.get(i % answers.size());
			String[] b = answers.get((i * 7 + 3) % answers.size());
			text.append("rule \"Generated rule ").append(i).append("\"\nwhen\n");
			text.append("    Answer(question == \"")
				.append(a[0])
				.append("\", value == \"")
				.append(a[1])
				.append("\")\n");
			if (i % 2 == 1) {
				text.append("    not Answer(question == \"")
					.append(b[0])
					.append("\", value == \"")
					.append(b[1])
					.append("\")\n");
			}
			text.append("then\n    insertLogical(new Finding(\"")
				.append(findings.get(i % findings.size()).id())
				.append("\"));\nend\n\n");
		}
		files.add(file(files.size(), text));
		return files;
	}

	private static SourceFile file(int n, StringBuilder text) {
		return new SourceFile("generated/rules-" + n + ".drl", text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
