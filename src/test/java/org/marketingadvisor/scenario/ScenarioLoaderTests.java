package org.marketingadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.knowledge.Lang;
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

	@Test
	void aNameIsOneTextOrATextPerLanguage() {
		var loaded = ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: typed
				    name: "Как набрал консультант"
				  - id: translated
				    name:
				      ru: "Нет KPI"
				      uk: "Немає KPI"
				      en: "No KPIs"
				  - id: english-only
				    name: {en: "Only English"}
				  - id: unnamed
				""")));
		ScenarioText typed = loaded.get(0).scenario().name();
		assertThat(typed.isPlain()).isTrue();
		assertThat(typed.in(Lang.EN)).isEqualTo("Как набрал консультант");
		assertThat(typed.translated(Lang.RU)).isFalse();
		ScenarioText translated = loaded.get(1).scenario().name();
		assertThat(translated.in(Lang.RU)).isEqualTo("Нет KPI");
		assertThat(translated.in(Lang.UK)).isEqualTo("Немає KPI");
		assertThat(translated.in(Lang.EN)).isEqualTo("No KPIs");
		assertThat(translated.translated(Lang.UK)).isTrue();
		// a language the name lacks falls back to English, shown as not translated
		ScenarioText english = loaded.get(2).scenario().name();
		assertThat(english.in(Lang.RU)).isEqualTo("Only English");
		assertThat(english.translated(Lang.RU)).isFalse();
		assertThat(ScenarioViews.name(loaded.get(3).scenario(), Lang.RU)).isEqualTo("unnamed");
	}

	@Test
	void aNameInAnUnknownLanguageOrNotTextIsReportedWithItsPlace() {
		assertThatThrownBy(() -> ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: one
				    name: {ru: "Один", de: "Eins"}
				""")))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("rules/scenarios/a.yaml")
			.hasMessageContaining("unknown language \"de\"")
			.hasMessageMatching("(?s).*[(]line \\d+, column \\d+.*");
		assertThatThrownBy(() -> ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: one
				    name: {ru: [a, b]}
				""")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a string");
		assertThatThrownBy(() -> ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: one
				    name: {}
				""")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
	}

	@Test
	void bothFormsAreWrittenByTheEditorAsTheyWereReadAndLoadBackTheSame() {
		var loaded = ScenarioLoader.load(List.of(file("scenarios/a.yaml", """
				scenarios:
				  - id: typed
				    name: "Typed: with a colon"
				  - id: translated
				    name: {ru: "Нет KPI", uk: "Немає KPI", en: "No KPIs"}
				""")));
		BrowserScenarios file = BrowserScenarios.read(null);
		for (var l : loaded) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", l.scenario().id());
			entry.put("name", l.scenario().name().value());
			file = file.with(entry);
		}
		String text = file.text();
		assertThat(text).contains("name: \"Typed: with a colon\"", "ru: \"Нет KPI\"");
		var again = ScenarioLoader.load(List.of(file("scenarios/rules/browser.yaml", text)));
		assertThat(again).extracting(l -> l.scenario().name())
			.containsExactly(loaded.get(0).scenario().name(), loaded.get(1).scenario().name());
		// and so does the entry kept for the restore button
		var entry = BrowserScenarios.read(text).entry("translated").orElseThrow();
		assertThat(ScenarioText
			.ofEntry(BrowserScenarios.entryFrom(BrowserScenarios.entryText(entry)).orElseThrow().get("name")))
			.isEqualTo(loaded.get(1).scenario().name());
	}

	@Test
	void editingANameInOneLanguageKeepsTheOthers() {
		ScenarioText name = ScenarioText.read(Map.of("ru", "Нет KPI", "uk", "Немає KPI", "en", "No KPIs"));
		ScenarioText edited = name.with(Lang.UK, "KPI не записано");
		assertThat(edited.value()).isEqualTo(Map.of("ru", "Нет KPI", "uk", "KPI не записано", "en", "No KPIs"));
		// what the page showed, unchanged, changes nothing (not even a fallback)
		ScenarioText english = ScenarioText.read(Map.of("en", "No KPIs"));
		assertThat(english.with(Lang.RU, "No KPIs")).isEqualTo(english);
		assertThat(ScenarioText.plain("Мой").with(Lang.UK, "Мій").value()).isEqualTo("Мій");
	}

	@Test
	void everyShippedScenarioIsNamedInRussianUkrainianAndEnglish() {
		var loaded = ScenarioLoader.load(TestContent.RULES);
		assertThat(loaded).hasSizeGreaterThan(100);
		for (var l : loaded) {
			String id = l.scenario().id();
			ScenarioText name = l.scenario().name();
			assertThat(name).as(id).isNotNull();
			for (Lang lang : Lang.values()) {
				assertThat(name.given(lang)).as(id + " in " + lang).isPresent();
			}
			assertThat(name.in(Lang.RU)).as(id).containsPattern("\\p{IsCyrillic}").doesNotContain("ї", "є", "і");
			assertThat(name.in(Lang.UK)).as(id).containsPattern("\\p{IsCyrillic}").doesNotContain("ы", "э", "ъ", "ё");
			assertThat(name.in(Lang.EN)).as(id).doesNotContainPattern("\\p{IsCyrillic}");
		}
	}

}
