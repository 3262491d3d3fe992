package org.marketingadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.marketingadvisor.knowledge.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * A rule may use only the fact model and the engine's own operations: each way out to
 * Java is tried and must be refused with the file, the line and what it would reach, and
 * the shipped rules must pass.
 */
class RuleSafetyTests {

	private static final String SAFE_RULE = """
			package rules.test;

			import org.marketingadvisor.engine.Answer;
			import org.marketingadvisor.engine.Finding;

			rule "Owner bottleneck: test"
			when
			    $a : Answer(question == "company.owners", value == "single")
			    not Finding(id == "finding.owner-bottleneck")
			then
			    insertLogical(new Finding("finding.owner-bottleneck", "high"));
			    %s
			end
			""";

	private static List<String> check(String drl) {
		return Problem
			.english(RuleSafety.check(List.of(new SourceFile("test/probe.drl", drl.getBytes(StandardCharsets.UTF_8)))));
	}

	@Test
	void theShippedRulesUseOnlyTheFactModel() {
		assertThat(RuleSafety.check(TestContent.ruleFiles())).isEmpty();
		assertThat(check(SAFE_RULE.formatted(""))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					System                   | System.exit(1);                                                        | the system
					Runtime                  | Runtime.getRuntime().exec("rm -rf /");                                 | the system
					ProcessBuilder           | new ProcessBuilder("sh", "-c", "id").start();                          | running programs
					reflection               | $a.getClass().getMethod("hashCode").invoke($a);                        | reflection
					Class.forName            | Class.forName("java.lang.Runtime");                                    | reflection
					class loading            | ClassLoader.getSystemClassLoader().loadClass("x.Y");                   | class loading
					files                    | java.nio.file.Files.delete(java.nio.file.Path.of("data"));             | files
					files, java.io           | new java.io.FileOutputStream("x").write(1);                            | files
					network                  | new java.net.Socket("example.org", 80);                                | the network
					threads                  | new Thread(() -> {}).start();                                          | threads
					static method            | String.format("%s", "x");                                              | classes outside the fact model
					engine internals         | drools.getKieRuntime().halt();                                          | the engine’s internals
					unicode escape           | \\u0053ystem.exit(1);                                                   | backslash
					""")
	void aConsequenceThatReachesOutIsRefused(String what, String code, String reaches) {
		List<String> problems = check(SAFE_RULE.formatted(code));
		assertThat(problems).as(what).isNotEmpty();
		assertThat(problems).as(what)
			.anyMatch(p -> p.matches("rules/test/probe\\.drl:12:\\d+: rule \"Owner bottleneck: test\" does ‘.*"));
		assertThat(String.join("\n", problems)).as(what).contains(reaches);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			eval                     | eval(System.currentTimeMillis() > 0)                                   | 9
			from                     | $e : Answer() from java.lang.System.getenv()                           | 9
			method in a condition    | Answer(value.length() > 3)                                             | 9
			unknown type             | java.io.File()                                                         | 9
			""")
	void aConditionThatReachesOutIsRefused(String what, String condition, int line) {
		String drl = SAFE_RULE.formatted("").replace("not Finding(id == \"finding.owner-bottleneck\")", condition);
		List<String> problems = check(drl);
		assertThat(problems).as(what).isNotEmpty().allMatch(p -> p.startsWith("rules/test/probe.drl:" + line + ":"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			import                   | import java.io.File;
			import without semicolon | import java.lang.Runtime
			import static            | import static java.lang.System.exit;
			global                   | global java.util.List sink;
			function                 | function void boom() { System.exit(0); }
			query                    | query "all answers" $a : Answer() end
			declare                  | declare Evil end
			""")
	void aDeclarationOutsideTheFactModelIsRefused(String what, String declaration) {
		String drl = SAFE_RULE.formatted("")
			.replace("import org.marketingadvisor.engine.Finding;",
					"import org.marketingadvisor.engine.Finding;\n" + declaration);
		List<String> problems = check(drl);
		assertThat(problems).as(what).hasSize(1);
		// file:line:column, the column being where the declaration starts
		assertThat(problems.get(0)).as(what).matches("rules/test/probe\\.drl:5:\\d+: .*");
	}

	@Test
	void attributesAndDialectsAreRefused() {
		String drl = SAFE_RULE.formatted("")
			.replace("rule \"Owner bottleneck: test\"",
					"rule \"Owner bottleneck: test\" salience 100 dialect \"mvel\"");
		assertThat(check(drl)).singleElement().asString().contains("‘salience’", "no attributes");
	}

	@Test
	void commentsAboveRulesMayContainAnything() {
		String drl = "// System.exit(1) \\u000a \"\"\" would be refused in a rule\n/* Runtime */\n"
				+ SAFE_RULE.formatted("");
		assertThat(check(drl)).isEmpty();
	}

	@Test
	void aRuleSetWithADangerousRuleIsNotBuilt() {
		List<SourceFile> rules = TestContent.ruleFiles();
		String path = rules.get(0).path();
		String dangerous = TestContent.text(rules, path)
			.replaceFirst("insertLogical\\(", "System.exit(1); insertLogical(");
		assertThatThrownBy(() -> RuleSetLoader.build(TestContent.replace(rules, path, dangerous),
				TestContent.knowledgeBaseFiles(), 1))
			.isInstanceOf(RuleSetException.class)
			.hasMessageContaining("Rules use what rules may not use")
			.hasMessageContaining("rules/" + path + ":")
			.hasMessageContaining("‘System’, which would reach the system");
	}

}
