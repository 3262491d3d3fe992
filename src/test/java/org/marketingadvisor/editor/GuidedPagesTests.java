package org.marketingadvisor.editor;

import org.marketingadvisor.ruleset.VersionStore;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guided editor over HTTP, as a consultant: a rule saved from the form lands in the
 * draft and opens in the form again; a rule that cannot be saved says where and keeps
 * what was typed; a new recommendation with a missing translation is refused without
 * touching the draft, a complete one is added and chosen; a rule written in DRL opens
 * read-only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuidedPagesTests {

	private static final String NAME = "Guided: referral hiring without a profile";

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	private UUID newDraft() throws Exception {
		String location = mvc.perform(post("/consultant/rules/drafts").with(consultant()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor consultant() {
		return user("olena").roles("CONSULTANT");
	}

	private static MockHttpServletRequestBuilder rule(UUID draft, String action, String name, String conclusion) {
		return post("/consultant/rules/drafts/" + draft + "/guided").param("lang", "en")
			.param("action", action)
			.param("name", name)
			.param("g0.join", "all")
			.param("g0.c0.subject", "q:hiring.methods")
			.param("g0.c0.op", "any-of")
			.param("g0.c0.values", "referral")
			.param("g0.c1.subject", "f:finding.no-marketer-profile")
			.param("g0.c1.op", "present")
			.param("conclusion", conclusion)
			.with(consultant())
			.with(csrf());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(consultant()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aRuleSavedFromTheFormLandsInTheDraftAndOpensInTheFormAgain() throws Exception {
		UUID draft = newDraft();
		mvc.perform(rule(draft, "save", NAME, "recommendation:rec.select-with-test-task"))
			.andExpect(status().is3xxRedirection());
		String file = store.content(draft).files().get(GuidedRules.RECOMMENDATIONS_FILE);
		assertThat(file).contains(GuidedRule.MARKER)
			.contains("rule \"" + NAME + "\"")
			.contains("    Answer(question == \"hiring.methods\", value in (\"referral\"))")
			.contains("    Finding(id == \"finding.no-marketer-profile\")");
		assertThat(store.byId(draft).orElseThrow().valid()).isTrue();

		Document draftPage = page("/consultant/rules/drafts/" + draft + "?lang=en");
		// the list shows the rule as its sentence and links to the form by its name
		assertThat(draftPage.select(".rule-list a[href*=/guided?rule=]").eachText()).singleElement()
			.satisfies(sentence -> assertThat(sentence).startsWith("If the answers to “")
				.contains(" include any of: “")
				.contains(" and the finding “")
				.endsWith("”, high priority")
				.doesNotContain(NAME));

		Document form = page("/consultant/rules/drafts/" + draft + "/guided?lang=en&rule=" + NAME);
		assertThat(form.select("#name").val()).isEqualTo(NAME);
		assertThat(form.select("select[name=g0.c0.subject] option[selected]").val()).isEqualTo("q:hiring.methods");
		assertThat(form.select("input[name=g0.c0.values][checked]").val()).isEqualTo("referral");
		assertThat(form.select("#drl").text())
			.contains("insertLogical(new Recommendation(\"rec.select-with-test-task\"))");

		// saved again with another conclusion, it replaces itself (and moves to the
		// findings file)
		mvc.perform(rule(draft, "save", NAME, "finding:finding.no-test-task").param("replacing", NAME))
			.andExpect(status().is3xxRedirection());
		var files = store.content(draft).files();
		assertThat(files.get(GuidedRules.RECOMMENDATIONS_FILE)).doesNotContain("rule \"" + NAME + "\"");
		assertThat(files.get(GuidedRules.FINDINGS_FILE)).containsOnlyOnce("rule \"" + NAME + "\"");
	}

	@Test
	void aRuleThatCannotBeSavedSaysWhereAndKeepsWhatWasTyped() throws Exception {
		UUID draft = newDraft();
		Document page = Jsoup
			.parse(mvc.perform(post("/consultant/rules/drafts/" + draft + "/guided").param("lang", "en")
				.param("action", "save")
				.param("name", "")
				.param("g0.join", "any")
				.param("g0.c0.subject", "q:hiring.methods")
				.param("g0.c0.op", "is")
				.param("conclusion", "recommendation:rec.select-with-test-task")
				.with(consultant())
				.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#problems li").eachText()).contains("Give the rule a name.",
				"Group and condition 1.1: Choose a value that the question offers (exactly one for “is” and “is not”).");
		assertThat(page.select("select[name=g0.join] option[selected]").val()).isEqualTo("any");
		assertThat(page.select("#conclusion option[selected]").val())
			.isEqualTo("recommendation:rec.select-with-test-task");
		assertThat(store.content(draft).files()).doesNotContainKey(GuidedRules.RECOMMENDATIONS_FILE);
	}

	@Test
	void aNewRecommendationNeedsEveryTranslationAndIsThenChosenAsTheConclusion() throws Exception {
		UUID draft = newDraft();
		String before = store.content(draft).files().get("knowledge-base/recommendations.yaml");
		MockHttpServletRequestBuilder form = post("/consultant/rules/drafts/" + draft + "/guided/conclusion")
			.param("lang", "en")
			.param("type", "recommendation")
			.param("id", "test-landing-pages")
			.param("area", "hiring")
			.param("level", "medium")
			.param("heuristics", "h.dept.owner-bottleneck")
			.param("title.ru", "Проверьте посадочные страницы")
			.param("title.uk", "Перевірте посадкові сторінки")
			.param("text.ru", "Суть")
			.param("text.uk", "Суть")
			.param("text.en", "Gist")
			.param("action.ru", "Шаг")
			.param("action.uk", "Крок")
			.param("action.en", "Step")
			.with(consultant())
			.with(csrf());
		Document refused = Jsoup
			.parse(mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#new-conclusion .problem").eachText())
			.containsExactly("Title: the English text is missing. Every text is needed in all three languages.");
		assertThat(refused.select("#new-title-ru").text()).isEqualTo("Проверьте посадочные страницы");
		// and named next to the field that lacks it, which keeps the rest as typed
		assertThat(refused.selectFirst("#new-title-en").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.selectFirst("#new-title-en").attr("aria-describedby")).isEqualTo("new-title-en-error");
		assertThat(refused.selectFirst("#new-title-en-error").text()).startsWith("Title: the English text");
		assertThat(refused.selectFirst("#new-id").val()).isEqualTo("test-landing-pages");
		assertThat(refused.select("#new-heuristics option[selected]").eachAttr("value"))
			.containsExactly("h.dept.owner-bottleneck");
		assertThat(store.content(draft).files().get("knowledge-base/recommendations.yaml")).isEqualTo(before);

		String location = mvc.perform(form.param("title.en", "Check the landing pages"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(store.content(draft).files().get("knowledge-base/recommendations.yaml"))
			.contains("id: \"rec.test-landing-pages\"", "en: \"Check the landing pages\"");
		assertThat(store.byId(draft).orElseThrow().valid()).isTrue();
		assertThat(location).contains("/guided?conclusion=recommendation");
		Document chosen = page("/consultant/rules/drafts/" + draft
				+ "/guided?lang=en&conclusion=recommendation:rec.test-landing-pages");
		assertThat(chosen.select("#conclusion option[selected]").val())
			.isEqualTo("recommendation:rec.test-landing-pages");
	}

	@Test
	void aNewConclusionNamingWhatTheDraftLacksIsToldAtItsFieldsInThePagesLanguage() throws Exception {
		UUID draft = newDraft();
		String before = store.content(draft).files().get("knowledge-base/recommendations.yaml");
		MockHttpServletRequestBuilder form = post("/consultant/rules/drafts/" + draft + "/guided/conclusion")
			.param("lang", "ru")
			.param("type", "recommendation")
			.param("id", "defend-budget-with-forecast")
			.param("area", "nope")
			.param("level", "nope")
			.param("heuristics", "h.nope")
			.param("after", "rec.nope");
		for (String part : List.of("title", "text", "action")) {
			for (String l : List.of("ru", "uk", "en")) {
				form.param(part + "." + l, "Текст");
			}
		}
		Document refused = Jsoup.parse(mvc.perform(form.with(consultant()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#new-conclusion .problem").eachText()).containsExactlyInAnyOrder(
				"Идентификатор rec.defend-budget-with-forecast уже занят в черновике: выберите другой.",
				"Выберите область из списка.", "Выберите уровень из списка.",
				"Эвристики h.nope нет в базе знаний черновика: выберите её из списка.",
				"Рекомендации rec.nope нет в черновике: выберите её из списка.");
		assertThat(refused.selectFirst("#new-title-en").val()).isEqualTo("Текст");
		assertThat(store.content(draft).files().get("knowledge-base/recommendations.yaml")).isEqualTo(before);
	}

	@Test
	void aRuleWrittenInDrlOpensReadOnly() throws Exception {
		UUID draft = newDraft();
		String name = "No written profile before searching for a marketer";
		Document page = page("/consultant/rules/drafts/" + draft + "/rule?name=" + name);
		assertThat(page.select("#rule-text").text()).startsWith("rule \"" + name + "\"").endsWith("end");
		assertThat(page.select("textarea")).isEmpty();
		Document draftPage = page("/consultant/rules/drafts/" + draft + "?lang=en");
		assertThat(draftPage.select(".rule-list a[href*=/rule?name=No%20written%20profile]").text()).startsWith("If ");
	}

}
