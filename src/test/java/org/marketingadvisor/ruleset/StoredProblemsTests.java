package org.marketingadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Problem;

import tools.jackson.databind.json.JsonMapper;

/**
 * A draft's problems survive the {@code problems} column with their place, key and
 * arguments (phrases included), and rows written before problems had keys come back as
 * their old text, line by line.
 */
class StoredProblemsTests {

	private final StoredProblems stored = new StoredProblems(JsonMapper.builder().build());

	@Test
	void problemsComeBackAsTheyWereStored() {
		List<Problem> problems = List.of(
				Problem.at("rules/x.drl", 3, 5, "problem.drl.pattern-type", "Probe", "Files",
						Problem.phrase("problem.drl.reaches", Problem.phrase("problem.drl.reach.files"))),
				Problem.in("knowledge-base/areas.yaml", "problem.kb.missing",
						Problem.phrase("problem.kb.subject.area", "x"), "title"),
				Problem.drools("rules/y.drl", 7, null, "Unable to resolve ObjectType 'Foo'"),
				Problem.in(null, "problem.rule.no-files"));
		String column = stored.write(problems);
		assertThat(column).startsWith("[");
		assertThat(stored.read(column)).isEqualTo(problems);
		assertThat(stored.read(column).get(0).english()).isEqualTo(problems.get(0).english());
	}

	@Test
	void noProblemsAreNoValue() {
		assertThat(stored.write(List.of())).isNull();
		assertThat(stored.read(null)).isEmpty();
	}

	@Test
	void anOldPlainTextRowIsReadAsItsLines() {
		String old = "rules/findings/hiring.drl:12:5: not valid DRL: missing ')'\n"
				+ "knowledge-base/areas.yaml: area owner-role: 'title' is missing";
		List<Problem> read = stored.read(old);
		assertThat(read).extracting(Problem::key).containsOnly(Problem.TEXT);
		assertThat(Problem.english(read)).containsExactly("rules/findings/hiring.drl:12:5: not valid DRL: missing ')'",
				"knowledge-base/areas.yaml: area owner-role: 'title' is missing");
		assertThat(stored.read("[not json")).extracting(Problem::englishText).containsExactly("[not json");
	}

}
