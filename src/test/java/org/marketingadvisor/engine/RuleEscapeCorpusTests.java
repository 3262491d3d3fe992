package org.marketingadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.marketingadvisor.knowledge.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * Every way the team and outside probes found to make a rule file run code: javac's
 * unicode pre-processing, text blocks, a package line without its semicolon, strings over
 * line ends, comments inside strings, carriage-return line ends, generics, annotations,
 * line continuations, and the plain ways out to Java. Each case is read as the engine
 * reads a rule set, together with the shipped rules, and must be refused with a
 * {@code file:line:column} message saying what is wrong; the file its code would have
 * created must never appear.
 */
class RuleEscapeCorpusTests {

	private static final String CORPUS = "/engine/escape-corpus.txt";

	@TempDir
	static Path markers;

	record Case(int number, String name, String expected, String template) {

		String drl(Path marker) {
			String path = marker.toString();
			return template.replace("%RUN%", "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + path + "\"));")
				.replace("%M%", path)
				.replace("{CR}", "\r")
				.replace("{TAB}", "\t")
				.replace("{NUL}", "\0")
				.replace("{DEEPNOT}", "not (".repeat(40) + "Answer(question == \"kpi.defined\")" + ")".repeat(40))
				.replace("{DEEP}", "(".repeat(10_000) + "Answer(question == \"kpi.defined\")" + ")".repeat(10_000));
		}

		@Override
		public String toString() {
			return number + ": " + name;
		}

	}

	static List<Case> corpus() throws IOException {
		String text;
		try (InputStream in = RuleEscapeCorpusTests.class.getResourceAsStream(CORPUS)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Case> cases = new ArrayList<>();
		String name = null;
		String expected = null;
		StringBuilder body = new StringBuilder();
		for (String line : (text + "\n### end | end").split("\n")) {
			if (line.startsWith("### ")) {
				if (name != null) {
					cases.add(new Case(cases.size() + 1, name, expected, body.toString()));
				}
				String[] head = line.substring(4).split("\\|", 2);
				name = head[0].strip();
				expected = head[1].strip();
				body.setLength(0);
			}
			else if (name != null) {
				body.append(line).append('\n');
			}
		}
		return cases;
	}

	static Stream<Case> cases() throws IOException {
		return corpus().stream();
	}

	@Test
	void theCorpusHoldsAtLeastEightyAttempts() throws IOException {
		assertThat(corpus()).hasSizeGreaterThanOrEqualTo(80);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void anAttemptIsRefusedWithItsPlaceAndNeverRuns(Case c) throws Exception {
		Path marker = markers.resolve("marker-" + c.number());
		String drl = c.drl(marker);
		SourceFile probe = new SourceFile("escape/probe.drl", drl.getBytes(StandardCharsets.UTF_8));

		List<String> problems = Problem.english(RuleSafety.check(List.of(probe)));
		assertThat(problems).as(c.name()).isNotEmpty();
		assertThat(problems).as(c.name()).allMatch(p -> p.matches("(?s)rules/escape/probe\\.drl(:\\d+(:\\d+)?)?: .+"));
		assertThat(String.join("\n", problems)).as(c.name()).contains(c.expected());

		List<SourceFile> rules = new ArrayList<>(TestContent.ruleFiles());
		rules.add(probe);
		assertThatThrownBy(() -> RuleSetLoader.build(rules, TestContent.knowledgeBaseFiles(), 1)).as(c.name())
			.isInstanceOf(RuleSetException.class)
			.hasMessageContaining("rules/escape/probe.drl");
		assertThat(Files.exists(marker)).as(c.name() + ": the marker file was created").isFalse();
	}

	@Test
	void withoutTheCheckTheMarkerStatementRuns() throws Exception {
		// the corpus means something only if its statement creates the marker once
		// compiled: compile one case behind the check's back and fire it
		Case files = corpus().stream().filter(c -> c.name().equals("files through nio")).findFirst().orElseThrow();
		Path marker = markers.resolve("control");
		SourceFile probe = new SourceFile("escape/probe.drl", files.drl(marker).getBytes(StandardCharsets.UTF_8));
		var session = RuleCompiler.compile(List.of(probe), "control").newKieSession();
		try {
			session.insert(Answer.of("kpi.defined", "yes"));
			session.fireAllRules();
		}
		finally {
			session.dispose();
		}
		assertThat(marker).exists();
	}

}
