package org.marketingadvisor.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing scenarios as a consultant who is not a programmer: answers chosen (or typed) by
 * their labels, never by option ids; a taken id is an error beside the id field, never a
 * broken draft; a written scenario can be edited, copied and deleted (after a
 * confirmation, with a way back); a wrong answer is an error on its row in the page's
 * language; one scenario runs on its own; the coverage page names the rules no scenario
 * fires. Saving checks the scenarios only, and finds what the whole check would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioEditingPagesTests {

	private static final String FILE = BrowserScenarios.FILE;

	/** A message key shown raw ("scenarios.error.option"). */
	private static final Pattern RAW_KEY = Pattern.compile("\\b[a-z]+(\\.[a-z0-9-]+){1,4}\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	@Autowired
	RuleSetVersions versions;

	private String base(UUID draft) {
		return "/consultant/rules/drafts/" + draft + "/scenarios";
	}

	private MockHttpServletRequestBuilder save(UUID draft) {
		return post(base(draft) + "/save").with(user("olena").roles("CONSULTANT")).with(csrf());
	}

	private Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private Document page(String url, String lang) throws Exception {
		return html(mvc.perform(get(url).param("lang", lang).with(user("olena").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andReturn());
	}

	private String file(UUID draft) {
		return store.content(draft).files().getOrDefault(FILE, "");
	}

	@Test
	void answersAreSavedFromOptionLabelsAndTheIdIsMadeFromTheName() throws Exception {
		UUID draft = versions.newDraft("labels");
		// a label typed (as a consultant would) and a label chosen: both become option
		// ids
		mvc.perform(save(draft).param("name", "Счётчик есть, но не смотрят")
			.param("base", "well-run-company")
			.param("q0", "analytics.web")
			.param("v0", "Счётчик стоит, но заглядываем в него редко")
			.param("q1", "hiring.profile")
			.param("v1", "Нет")
			.param("t1", "hiring.profile"))
			// to the table of the scenarios written here, at the saved one
			.andExpect(redirectedUrl("/consultant/rules/drafts/" + draft
					+ "/scenarios?group=browser#scenario-browser.schetchik-est-no-ne-smotryat"));
		String file = file(draft);
		assertThat(file).contains("id: \"browser.schetchik-est-no-ne-smotryat\"", "analytics.web: \"installed-unused\"",
				"hiring.profile: false");
		Document table = page(base(draft), "ru");
		var row = table.select("#scenario-browser\\.schetchik-est-no-ne-smotryat");
		assertThat(row).hasSize(1);
		assertThat(row.text()).contains("Как обстоят дела с веб-аналитикой?",
				"Счётчик стоит, но заглядываем в него редко", "Хорошо организованная компания");
		assertThat(row.select("a[href*=edit]")).hasSize(1);
		Document mine = page(base(draft) + "?group=browser", "ru");
		assertThat(mine.select("#scenario-browser\\.schetchik-est-no-ne-smotryat")).hasSize(1);
		assertThat(mine.select(".scenario-group")).hasSize(1);
		assertThat(mine.select("#show-all a").text()).startsWith("Показать все сценарии");
	}

	@Test
	void aTakenIdIsAnErrorBesideTheIdFieldAndTheDraftStaysWhole() throws Exception {
		UUID draft = versions.newDraft("duplicate");
		mvc.perform(save(draft).param("id", "twice").param("name", "First").param("base", "well-run-company"))
			.andExpect(status().is3xxRedirection());
		Document form = html(mvc
			.perform(save(draft).param("lang", "ru")
				.param("id", "twice")
				.param("name", "Второй с тем же id")
				.param("base", "well-run-company")
				.param("q0", "hiring.profile")
				.param("v0", "no")
				.param("t0", "hiring.profile"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(form.select("#field-id .field-error").text()).isEqualTo(
				"Сценарий с идентификатором browser.twice уже есть. Выберите другой идентификатор или измените тот сценарий.");
		assertThat(form.select("#sc-id").attr("aria-invalid")).isEqualTo("true");
		// nothing typed is lost
		assertThat(form.select("#sc-name").val()).isEqualTo("Второй с тем же id");
		assertThat(form.select("#q0 option[selected]").val()).isEqualTo("hiring.profile");
		assertThat(form.select("#v0 option[selected]").val()).isEqualTo("no");
		assertThat(file(draft).split("id: \"browser.twice\"", -1)).hasSize(2);
		assertThat(store.byId(draft).orElseThrow().valid()).isTrue();
		// the prefix may be typed too
		mvc.perform(save(draft).param("id", "browser.twice-2").param("base", "well-run-company"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aWrittenScenarioIsEditedInPlaceAndAShippedOneOnlyCopied() throws Exception {
		UUID draft = versions.newDraft("edit");
		mvc.perform(save(draft).param("id", "edit-me")
			.param("name", "Edit me")
			.param("base", "well-run-company")
			.param("q0", "hiring.profile")
			.param("v0", "no")).andExpect(status().is3xxRedirection());
		Document form = page(base(draft) + "/edit?scenario=browser.edit-me", "en");
		assertThat(form.select("input[name=editing]").val()).isEqualTo("browser.edit-me");
		assertThat(form.select("#q0 option[selected]").val()).isEqualTo("hiring.profile");
		assertThat(form.select("#v0 option[selected]").text()).isEqualTo("No");
		assertThat(form.select("#sc-name").val()).isEqualTo("Edit me");

		mvc.perform(save(draft).param("editing", "browser.edit-me")
			.param("name", "Edited")
			.param("base", "well-run-company")
			.param("q0", "hiring.profile")
			.param("v0", "yes")
			.param("t0", "hiring.profile")
			.param("absent.findings", "finding.no-marketer-profile")).andExpect(status().is3xxRedirection());
		String file = file(draft);
		assertThat(file.split("id: \"browser.edit-me\"", -1)).hasSize(2);
		assertThat(file).contains("name: \"Edited\"", "hiring.profile: true", "finding.no-marketer-profile")
			.doesNotContain("Edit me");
		assertThat(store.byId(draft).orElseThrow().valid()).isTrue();

		mvc.perform(get(base(draft) + "/edit").param("scenario", "hiring.no-profile")
			.with(user("olena").roles("CONSULTANT"))).andExpect(status().isNotFound());
		Document copy = page(base(draft) + "/duplicate?scenario=hiring.no-profile", "en");
		assertThat(copy.select("#sc-name").val())
			.isEqualTo("No written profile before searching for a marketer (copy)");
		assertThat(copy.select("input[name=editing]").val()).isEmpty();
		assertThat(copy.select("#expect-findings input[checked]").eachAttr("value"))
			.containsExactly("finding.no-marketer-profile");
		assertThat(copy.select("#expect-rules option[selected]")).hasSize(2);
	}

	@Test
	void shippedScenariosAreNamedInThePagesLanguageAndTheirRulesInWords() throws Exception {
		UUID draft = versions.newDraft("languages");
		Document ru = page(base(draft), "ru");
		var row = ru.select("#scenario-hiring\\.no-profile");
		assertThat(row.select(".scenario-table__name > span").first().text())
			.isEqualTo("Маркетолога ищут, не описав заранее его портрет");
		assertThat(row.select(".scenario-table__name > span").first().hasAttr("translate")).isFalse();
		assertThat(row.select(".scenario-table__base").text()).startsWith("Хорошо организованная компания: 120");
		// an expected rule: its sentence in Russian, its DRL name in code, not translated
		assertThat(row.select(".scenario-rule__sentence").eachText()).isNotEmpty().allMatch(t -> t.startsWith("Если "));
		assertThat(row.select("code.scenario-rule__name[translate=no]").eachText())
			.contains("No written profile before searching for a marketer");
		// an expected finding or recommendation: its title, once, and no rule's code
		assertThat(ru.select(".scenario-items li")).isNotEmpty()
			.allMatch(li -> li.select("code.scenario-rule__name").isEmpty()
					|| li.select("span:not(.scenario-rule__sentence)").isEmpty());
		Document en = page(base(draft), "en");
		assertThat(en.select("#scenario-hiring\\.no-profile .scenario-table__name > span").first().text())
			.isEqualTo("No written profile before searching for a marketer");
		// the filter matches the name as the page shows it
		Document found = html(mvc
			.perform(get(base(draft)).param("lang", "ru")
				.param("q", "не описав заранее")
				.with(user("olena").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(found.select("tr[id^=scenario-]").eachAttr("id")).containsExactly("scenario-hiring.no-profile");
		Document run = page(base(draft) + "/run?scenario=hiring.no-profile", "uk");
		assertThat(run.select("h1").text()).isEqualTo("Маркетолога шукають, не описавши заздалегідь його портрет");
		assertThat(run.select("#out-rules .scenario-rule__sentence").eachText()).allMatch(t -> t.startsWith("Якщо "));
	}

	private ScenarioText name(UUID draft, String id) {
		return ScenarioLoader.load(store.content(draft).scenarioFiles())
			.stream()
			.filter(l -> l.scenario().id().equals(id))
			.findFirst()
			.orElseThrow()
			.scenario()
			.name();
	}

	@Test
	void aCopyKeepsTheTranslationsAndAnEditOnAUkrainianPageKeepsTheRussianAndEnglish() throws Exception {
		UUID draft = versions.newDraft("translated copy");
		Document copy = page(base(draft) + "/duplicate?scenario=hiring.no-profile", "uk");
		String shown = copy.select("#sc-name").val();
		assertThat(shown).isEqualTo("Маркетолога шукають, не описавши заздалегідь його портрет (копія)");
		mvc.perform(save(draft).param("lang", "uk")
			.param("from", "hiring.no-profile")
			.param("id", "copied")
			.param("name", shown)
			.param("base", "well-run-company")
			.param("q0", "hiring.profile")
			.param("v0", "no")
			.param("t0", "hiring.profile")).andExpect(status().is3xxRedirection());
		assertThat(name(draft, "browser.copied").value())
			.isEqualTo(Map.of("ru", "Маркетолога ищут, не описав заранее его портрет (копия)", "uk", shown, "en",
					"No written profile before searching for a marketer (copy)"));

		Document form = page(base(draft) + "/edit?scenario=browser.copied", "uk");
		assertThat(form.select("#sc-name").val()).isEqualTo(shown);
		mvc.perform(save(draft).param("lang", "uk")
			.param("editing", "browser.copied")
			.param("from", "browser.copied")
			.param("name", "Портрет маркетолога не описано")
			.param("base", "well-run-company")
			.param("q0", "hiring.profile")
			.param("v0", "no")
			.param("t0", "hiring.profile")).andExpect(status().is3xxRedirection());
		ScenarioText edited = name(draft, "browser.copied");
		assertThat(edited.value()).isEqualTo(Map.of("ru", "Маркетолога ищут, не описав заранее его портрет (копия)",
				"uk", "Портрет маркетолога не описано", "en",
				"No written profile before searching for a marketer (copy)"));
		assertThat(file(draft)).contains("uk: \"Портрет маркетолога не описано\"");
		var ru = page(base(draft), "ru").select("#scenario-browser\\.copied .scenario-table__name > span").first();
		assertThat(ru.text()).isEqualTo("Маркетолога ищут, не описав заранее его портрет (копия)");
		assertThat(ru.hasAttr("translate")).isFalse();

		// a name typed for a new scenario is one text, shown as typed on every page
		mvc.perform(save(draft).param("lang", "ru")
			.param("id", "typed")
			.param("name", "Мой сценарий")
			.param("base", "well-run-company")).andExpect(status().is3xxRedirection());
		assertThat(file(draft)).contains("name: \"Мой сценарий\"");
		var typed = page(base(draft), "en").select("#scenario-browser\\.typed .scenario-table__name > span").first();
		assertThat(typed.text()).isEqualTo("Мой сценарий");
		assertThat(typed.attr("translate")).isEqualTo("no");
	}

	@Test
	void deletingAsksFirstAndTheNoticeAfterItPutsTheScenarioBack() throws Exception {
		UUID draft = versions.newDraft("delete");
		mvc.perform(save(draft).param("id", "doomed")
			.param("name", "Doomed")
			.param("base", "well-run-company")
			.param("q0", "hiring.profile")
			.param("v0", "no")).andExpect(status().is3xxRedirection());
		String before = file(draft);
		Document confirm = page(base(draft) + "/delete?scenario=browser.doomed", "en");
		assertThat(confirm.select("#confirm-text").text()).isEqualTo("Delete the scenario “Doomed” from the draft?");
		assertThat(file(draft)).isEqualTo(before);

		FlashMap flash = mvc
			.perform(post(base(draft) + "/delete").param("scenario", "browser.doomed")
				.with(user("olena").roles("CONSULTANT"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
		assertThat(file(draft)).doesNotContain("browser.doomed");
		assertThat(store.byId(draft).orElseThrow().valid()).isTrue();
		Document after = html(mvc
			.perform(get(base(draft)).param("lang", "ru").flashAttrs(flash).with(user("olena").roles("CONSULTANT")))
			.andReturn());
		assertThat(after.select("#deleted").text()).isEqualTo("Сценарий «Doomed» удалён.");
		String entry = after.select("input[name=entry]").val();
		assertThat(after.select("#restore").text()).isEqualTo("Вернуть сценарий");

		mvc.perform(post(base(draft) + "/restore").param("entry", entry)
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(file(draft)).contains("id: \"browser.doomed\"", "hiring.profile: false");
		assertThat(page(base(draft), "en").select("#scenario-browser\\.doomed.scenario--pass")).hasSize(1);
		// restoring twice would make two: refused
		mvc.perform(post(base(draft) + "/restore").param("entry", entry)
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(file(draft).split("id: \"browser.doomed\"", -1)).hasSize(2);
	}

	@ParameterizedTest
	@CsvSource({ "ru,Как обстоят дела с веб-аналитикой?,Счётчик стоит, но заглядываем в него редко",
			"uk,Як справи з вебаналітикою?,Лічильник встановлено, але зазираємо в нього рідко",
			"en,What is the state of your web analytics?,A counter is installed but rarely looked at" })
	void anUnknownOptionIsAnErrorOnItsRowNamingTheQuestionAndItsLabels(String lang, String question, String label)
			throws Exception {
		UUID draft = versions.newDraft("bad option");
		Document form = html(mvc
			.perform(save(draft).param("lang", lang)
				.param("name", "Bad")
				.param("base", "well-run-company")
				.param("q0", "analytics.web")
				.param("v0", "installed-never")
				.param("t0", "analytics.web")
				.param("q1", "company.employees")
				.param("v1", "0")
				.param("t1", "company.employees"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		String option = form.select("#field-row0 .field-error").text();
		assertThat(option).contains(question, "installed-never", label).doesNotContain("goals-used");
		String range = form.select("#field-row1 .field-error").text();
		assertThat(range).contains("1000000");
		assertThat(form.select("#v1").val()).isEqualTo("0");
		for (String text : List.of(option, range, form.select("#problems").text())) {
			assertThat(RAW_KEY.matcher(text.replace("installed-never", "")).find()).as(text).isFalse();
		}
		assertThat(file(draft)).isEmpty();
	}

	@Test
	void eachQuestionsControlForTheScriptNamesItsFieldsByTheRowPlaceholderTheScriptReplaces() throws Exception {
		UUID draft = versions.newDraft("templates");
		Document form = page(base(draft) + "/new", "ru");
		// scenarios.js puts a copy in row i with "{i}" replaced by i; a field named
		// otherwise ("vi") would never be sent as row i's answer
		for (String question : List.of("budget.payback-known", "analytics.web", "kpi.metrics", "team.size")) {
			Element template = form.getElementById("control-" + question);
			assertThat(template).as(question).isNotNull();
			assertThat(template.select("[name]").eachAttr("name")).as(question).isNotEmpty().allMatch("v{i}"::equals);
		}
		String script = new String(getClass().getResourceAsStream("/static/js/scenarios.js").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(script).contains("split('{i}').join(i)");
	}

	@Test
	void aQuestionChangedWithoutTheScriptGetsItsOwnControlInsteadOfTheOldAnswer() throws Exception {
		UUID draft = versions.newDraft("no script");
		Document form = html(mvc
			.perform(save(draft).param("lang", "en")
				.param("name", "Changed")
				.param("q0", "hiring.profile")
				.param("v0", "installed-unused")
				.param("t0", "analytics.web"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(form.select("#field-row0 .field-error").text()).contains("choose the answer to this question");
		assertThat(form.select("#v0 option").eachAttr("value")).containsExactly("", "yes", "no");
		assertThat(form.select("input[name=t0]").val()).isEqualTo("hiring.profile");
		// "Update" draws the control without saving
		Document updated = html(
				mvc.perform(save(draft).param("action", "update").param("q0", "kpi.metrics").param("t0", ""))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(updated.select("input[type=checkbox][name=v0]")).hasSizeGreaterThan(2);
		assertThat(file(draft)).isEmpty();
	}

	@Test
	void oneScenarioRunsOnItsOwnAndShowsWhatCameOut() throws Exception {
		UUID draft = versions.newDraft("run one");
		Document run = page(base(draft) + "/run?scenario=hiring.no-profile", "en");
		assertThat(run.select("#run-result").text()).startsWith("The scenario passes");
		assertThat(run.select("#out-rules").text()).contains("No written profile before searching for a marketer",
				"Recommend writing the marketer profile");
		assertThat(run.select("#out-findings li")).isNotEmpty();
		mvc.perform(get(base(draft) + "/run").param("scenario", "no-such").with(user("olena").roles("CONSULTANT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCoveragePageListsEachScenariosRulesAndTheRulesNoScenarioFires() throws Exception {
		UUID draft = versions.newDraft("coverage");
		Content content = store.content(draft);
		RuleSet ruleSet = content.build(1);
		Set<String> fired = new TreeSet<>();
		ScenarioChecks.run(content, ruleSet).forEach(r -> fired.addAll(r.evaluation().firedRules()));
		Set<String> uncovered = new TreeSet<>(ruleSet.ruleNames());
		uncovered.removeAll(fired);
		Document coverage = page(base(draft) + "/coverage", "en");
		// each rule by its sentence, with its DRL name in code
		assertThat(coverage.select("#uncovered li code").eachText()).containsExactlyElementsOf(uncovered);
		assertThat(coverage.select("#uncovered li .scenario-rule__sentence").eachText()).hasSameSizeAs(uncovered)
			.allMatch(t -> t.startsWith("If "));
		assertThat(coverage.select("#coverage-hiring\\.no-profile li code").eachText())
			.contains("No written profile before searching for a marketer");
		assertThat(page(base(draft) + "/coverage", "ru")
			.select("#coverage-hiring\\.no-profile li .scenario-rule__sentence")
			.eachText()).anyMatch(t -> t.startsWith("Если ") && t.contains("портрет"));
	}

	@Test
	void savingAScenarioFindsTheProblemsTheWholeCheckWould() throws Exception {
		UUID draft = versions.newDraft("quick check");
		page(base(draft), "en");
		mvc.perform(save(draft).param("id", "failing")
			.param("name", "Fails")
			.param("base", "well-run-company")
			.param("expect.recommendations", "rec.select-with-test-task")).andExpect(status().is3xxRedirection());
		var stored = store.byId(draft).orElseThrow().problems();
		assertThat(stored).isNotEmpty().isEqualTo(versions.check(store.content(draft)));
		mvc.perform(post(base(draft) + "/delete").param("scenario", "browser.failing")
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(store.byId(draft).orElseThrow().problems()).isEmpty();
		assertThat(versions.check(store.content(draft))).isEmpty();
	}

	@Test
	void theTableFiltersByGroupResultAndName() throws Exception {
		UUID draft = versions.newDraft("filter");
		Document companies = page(base(draft) + "?group=companies", "en");
		assertThat(companies.select("section.scenario-group")).hasSize(1);
		assertThat(companies.select("#scenario-well-run-company")).hasSize(1);
		Document failing = page(base(draft) + "?status=failing", "en");
		assertThat(failing.select("#nothing").text()).isEqualTo("No scenario matches this filter.");
		Document named = page(base(draft) + "?q=profile", "en");
		assertThat(named.select("tr.scenario--pass")).isNotEmpty()
			.allMatch(tr -> tr.select(".scenario-table__name").text().toLowerCase().contains("profile"));
	}

}
