package org.marketingadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.SourceFile;

class ScenarioLoaderTests {

	private static SourceFile file(String path, String yaml) {
		return new SourceFile(path, yaml.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void baseAnswersAreOverriddenAndNullRemovesAnAnswer() {
		var loaded = ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: base
				    answers: {kpi.defined: true, kpi.individual: true, team.size: 3}
				  - id: child
				    base: base
				    answers: {kpi.defined: false, kpi.individual: null}
				""")));
		assertThat(loaded.get(1).answers())
			.containsExactlyInAnyOrderEntriesOf(java.util.Map.of("kpi.defined", false, "team.size", 3));
	}

	@Test
	void misspeltKeyUnknownBaseAndDuplicateIdAreAllReported() {
		assertThatThrownBy(() -> ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: one
				    base: nowhere
				  - id: one
				"""), file("scenarios/b.yaml", """
				scenarios:
				  - id: two
				    expekt: {findings: []}
				""")))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("rules/scenarios/a.yaml: duplicate scenario id ‘one’")
			.hasMessageContaining("unknown base ‘nowhere’")
			.hasMessageContaining("rules/scenarios/b.yaml")
			.hasMessageContaining("expekt")
			.hasMessageMatching("(?s).*expekt.*[(]line \\d+, column \\d+.*");
	}

	@Test
	void negativeCeilingAndUnknownSeverityAreReported() {
		assertThatThrownBy(() -> ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: healthy
				    maxRecommendations: -1
				    absent: {severities: [critcal], priorities: [critical, urgent]}
				""")))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("maxRecommendations must be 0 or more, not -1")
			.hasMessageContaining("absent.severities: unknown severity ‘critcal’")
			.hasMessageContaining("absent.priorities: unknown severity ‘urgent’");
	}

	@Test
	void ceilingsAreRead() {
		var loaded = ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: healthy
				    maxRecommendations: 5
				    absent: {priorities: [critical]}
				""")));
		assertThat(loaded.get(0).scenario().maxRecommendations()).isEqualTo(5);
		assertThat(loaded.get(0).scenario().absent().priorities()).containsExactly("critical");
	}

}
