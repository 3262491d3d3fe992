package org.marketingadvisor.editor;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.lint.DraftLints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rules as sentences on the consultant's pages: the draft page lists every rule as its
 * sentence in the page's language, grouped by area, with no rule's English working name
 * on a ru or uk page; a rule opens with its sentence beside its DRL; the guided form
 * previews the sentence beside the DRL; an area's decision table has a row per rule and a
 * column per question and finding tested, its cells in words; the linter names a rule by
 * its sentence.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RuleSentencePagesTests {

	@Autowired
	private DraftLints lints;

	@Autowired
	MockMvc mvc;

	private static RequestPostProcessor consultant() {
		return user("olena").roles("CONSULTANT");
	}

	private UUID newDraft() throws Exception {
		String location = mvc.perform(post("/consultant/rules/drafts").with(consultant()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(consultant()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static KnowledgeBase kb() {
		return TestContent.ruleSet().knowledgeBase();
	}

	private static final List<DrlRule> SHIPPED = RuleSafety.read(TestContent.ruleFiles()).rules();

	private void saveGuided(UUID draft, String name) throws Exception {
		mvc.perform(post("/consultant/rules/drafts/" + draft + "/guided").param("action", "save")
			.param("name", name)
			.param("g0.join", "all")
			.param("g0.c0.subject", "q:owner.marketing-hours")
			.param("g0.c0.op", "gt")
			.param("g0.c0.from", "15")
			.param("g0.c1.subject", "q:company.owners")
			.param("g0.c1.op", "any-of")
			.param("g0.c1.values", "single")
			.param("g0.c1.values", "partners-passive")
			.param("conclusion", "finding:finding.owner-bottleneck")
			.with(consultant())
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void theDraftPageShowsEveryRuleAsASentenceGroupedByAreaWithNoEnglishRuleNameOnRuOrUkPages() throws Exception {
		UUID draft = newDraft();
		for (Lang lang : List.of(Lang.RU, Lang.UK)) {
			Document page = page("/consultant/rules/drafts/" + draft + "?lang=" + lang.code());
			assertThat(page.select("#rules .rule-sentence")).hasSize(SHIPPED.size());
			for (var area : kb().areas()) {
				Element group = page.selectFirst("#area-" + area.id());
				assertThat(group).as(area.id()).isNotNull();
				assertThat(group.selectFirst("summary").text()).startsWith(area.title().get(lang));
				assertThat(group.select(".rule-sentence").eachText())
					.allMatch(s -> s.startsWith(lang == Lang.RU ? "Если " : "Якщо "));
				assertThat(group.selectFirst("a.rule-area__table").attr("href"))
					.endsWith("/consultant/rules/drafts/" + draft + "/areas/" + area.id());
			}
			String text = page.text();
			for (DrlRule rule : SHIPPED) {
				assertThat(text).as(lang + " page names " + rule.name()).doesNotContain(rule.name());
			}
		}
		// the owner-role group holds the rule about a sole owner's hours, in words
		Document ru = page("/consultant/rules/drafts/" + draft + "?lang=ru");
		assertThat(ru.select("#area-owner-role .rule-sentence").eachText()).anyMatch(s -> s.contains("«"
				+ kb().question("owner.marketing-hours").orElseThrow().text().get(Lang.RU) + "» ответ 15 или больше"));
		Document en = page("/consultant/rules/drafts/" + draft + "?lang=en");
		assertThat(en.select("#area-owner-role .rule-sentence").eachText())
			.anyMatch(s -> s.startsWith("If ") && s.contains(" is 15 or more, then: finding “"
					+ kb().finding("finding.owner-bottleneck").orElseThrow().title().get(Lang.EN) + "”, high"));
	}

	@Test
	void aRuleOpensWithItsSentenceBesideItsDrlAndTheGuidedFormPreviewsIt() throws Exception {
		UUID draft = newDraft();
		String name = "No written profile before searching for a marketer";
		Document uk = page("/consultant/rules/drafts/" + draft + "/rule?lang=uk&name=" + name);
		assertThat(uk.select("#sentence").text()).startsWith("Якщо ").contains(", то: висновок «");
		assertThat(uk.select("#rule-text").text()).startsWith("rule \"" + name + "\"");
		assertThat(uk.select("h1").text()).doesNotContain(name);
		assertThat(uk.select("title").text()).doesNotContain(name);

		Document form = Jsoup
			.parse(mvc.perform(post("/consultant/rules/drafts/" + draft + "/guided").param("lang", "ru")
				.param("action", "update")
				.param("name", "Проба")
				.param("g0.join", "all")
				.param("g0.c0.subject", "q:owner.marketing-hours")
				.param("g0.c0.op", "between")
				.param("g0.c0.from", "5")
				.param("g0.c0.to", "20")
				.param("conclusion", "recommendation:rec.select-with-test-task")
				.with(consultant())
				.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("#sentence").text())
			.isEqualTo("Если на вопрос «" + kb().question("owner.marketing-hours").orElseThrow().text().get(Lang.RU)
					+ "» ответ от 5 до 20, то: рекомендация «"
					+ kb().recommendation("rec.select-with-test-task").orElseThrow().title().get(Lang.RU)
					+ "», важность высокая");
		assertThat(form.select("#drl").text()).contains("number >= 5, number <= 20");
	}

	@Test
	void aGuidedRuleReadsTheSameOnTheScenarioPagesAsOnTheDraftPage() throws Exception {
		UUID draft = newDraft();
		String name = "Проба: владелец тратит больше 15 часов, одна формулировка";
		saveGuided(draft, name);
		for (String lang : List.of("ru", "en")) {
			String onDraft = page("/consultant/rules/drafts/" + draft + "?lang=" + lang)
				.select("a.rule-sentence[href*=/guided?rule=]")
				.text();
			assertThat(onDraft).isNotEmpty();
			Element uncovered = page("/consultant/rules/drafts/" + draft + "/scenarios/coverage?lang=" + lang)
				.select("#uncovered li")
				.stream()
				.filter(li -> li.select(".scenario-rule__name").text().equals(name))
				.findFirst()
				.orElseThrow();
			assertThat(uncovered.select(".scenario-rule__sentence").text()).isEqualTo(onDraft);
		}
	}

	@Test
	void anAreasDecisionTableHasARowPerRuleAndAColumnPerQuestionAndFindingTested() throws Exception {
		UUID draft = newDraft();
		saveGuided(draft, "Проба: владелец тратит больше 15 часов");
		Document draftPage = page("/consultant/rules/drafts/" + draft + "?lang=en");
		int rules = draftPage.select("#area-owner-role .rule-sentence").size();

		Document en = page("/consultant/rules/drafts/" + draft + "/areas/owner-role?lang=en");
		assertThat(en.select("#decision-table tbody tr")).hasSize(rules);
		List<String> headers = en.select("#decision-table thead th").eachText();
		String hours = kb().question("owner.marketing-hours").orElseThrow().text().get(Lang.EN);
		assertThat(headers).anyMatch(h -> h.equals("Question " + hours));
		int hoursColumn = headers.indexOf("Question " + hours);
		List<String> hoursCells = en.select("#decision-table tbody tr")
			.stream()
			.map(tr -> tr.child(hoursColumn).text())
			.toList();
		assertThat(hoursCells).contains("≥ 15", "> 15");
		String single = kb().question("company.owners")
			.orElseThrow()
			.option("single")
			.orElseThrow()
			.label()
			.get(Lang.EN);
		assertThat(en.select("#decision-table td").eachText()).anyMatch(c -> c.startsWith("one of: “" + single + "”"));
		assertThat(headers).anyMatch(h -> h.startsWith("Finding "));
		assertThat(en.select("#decision-table td").eachText()).contains("found");
		assertThat(headers.get(headers.size() - 1)).isEqualTo("Then");

		// the guided rule's row opens it in the form; the others open for reading
		Element guided = en.select("#decision-table tbody tr")
			.stream()
			.filter(tr -> tr.child(hoursColumn).text().equals("> 15"))
			.findFirst()
			.orElseThrow();
		assertThat(guided.selectFirst("th a").attr("href")).contains("/guided?rule=");
		assertThat(guided.child(guided.childrenSize() - 1).text()).startsWith(
				"finding “" + kb().finding("finding.owner-bottleneck").orElseThrow().title().get(Lang.EN) + "”");
		assertThat(en.select("#decision-table tbody th a[href*=/rule?name=]")).hasSize(rules - 1);
		// the table scrolls inside its own container, which the keyboard can reach
		assertThat(en.selectFirst(".decision-table__scroll").attr("tabindex")).isEqualTo("0");

		Document ru = page("/consultant/rules/drafts/" + draft + "/areas/owner-role?lang=ru");
		assertThat(ru.select("h1").text())
			.isEqualTo("Таблица решений: " + kb().area("owner-role").orElseThrow().title().get(Lang.RU));
		assertThat(ru.select("#decision-table td").eachText()).contains("≥ 15", "обнаружен");
		for (DrlRule rule : SHIPPED) {
			assertThat(ru.text()).doesNotContain(rule.name());
		}
		mvc.perform(get("/consultant/rules/drafts/" + draft + "/areas/no-such-area").with(consultant()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theLinterNamesARuleByItsSentenceOnARussianPage() throws Exception {
		UUID draft = newDraft();
		// the same conditions and conclusion as a shipped rule: the linter warns of a
		// duplicate
		mvc.perform(post("/consultant/rules/drafts/" + draft + "/guided").param("action", "save")
			.param("name", "Копия правила об окупаемости")
			.param("g0.join", "all")
			.param("g0.c0.subject", "q:budget.payback-known")
			.param("g0.c0.op", "is")
			.param("g0.c0.values", "no")
			.param("conclusion", "finding:finding.payback-unknown")
			.with(consultant())
			.with(csrf())).andExpect(status().is3xxRedirection());
		// the linter runs in the background after a save: wait for it
		assertThat(lints.lint(draft)).isPresent();
		Document ru = page("/consultant/rules/drafts/" + draft + "?lang=ru");
		String shipped = "Payback of marketing spend is unknown";
		List<String> warnings = ru.select("#lint .lint__warning").eachText();
		assertThat(warnings).anyMatch(w -> w.contains("повторяет правило «Если на вопрос «"
				+ kb().question("budget.payback-known").orElseThrow().text().get(Lang.RU) + "» ответ «Нет»"));
		assertThat(ru.text()).doesNotContain(shipped);
		Document en = page("/consultant/rules/drafts/" + draft + "?lang=en");
		assertThat(en.select("#lint .lint__warning").eachText())
			.anyMatch(w -> w.contains("duplicates rule ‘" + shipped + "’"));
	}

}
