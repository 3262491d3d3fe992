package org.marketingadvisor.editor;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The question editor as a browser uses it: the page's form read back as it was shown,
 * some fields changed, and sent; every change shows what uses the question first, and one
 * that can break something is saved only once confirmed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionEditorTests {

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	@Autowired
	RuleSetVersions versions;

	private KnowledgeBase kb(UUID draft) {
		return KnowledgeBaseLoader.load(store.content(draft).knowledgeBaseFiles());
	}

	private Document page(String url, String lang) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).param("lang", lang).with(user("olena").roles("CONSULTANT")))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The fields of a form as a browser would send them, the submit buttons left out. */
	static MultiValueMap<String, String> fields(Document page, String formId) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		Element form = page.getElementById(formId);
		for (Element e : form.select("input[name], textarea[name], select[name]")) {
			String name = e.attr("name");
			switch (e.tagName()) {
				case "textarea" -> fields.add(name, e.text());
				case "select" -> e.select("option[selected]").forEach(o -> fields.add(name, o.val()));
				default -> {
					if (!e.attr("type").equals("checkbox") || e.hasAttr("checked")) {
						fields.add(name, e.val());
					}
				}
			}
		}
		return fields;
	}

	private MockHttpServletResponse send(String url, MultiValueMap<String, String> fields, String lang)
			throws Exception {
		return mvc
			.perform(post(url).params(fields).param("lang", lang).with(user("olena").roles("CONSULTANT")).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private static String url(UUID draft, String qid) {
		return "/consultant/rules/drafts/" + draft + "/knowledge/questions/" + qid;
	}

	@Test
	void makingAQuestionRequiredAsksWhatTheScenariosAssumeAndTheyKeepPassing() throws Exception {
		UUID draft = versions.newDraft("required");
		Document shown = page(url(draft, "hiring.first-hire"), "en");
		assertThat(shown.select("#usage").text()).contains("rule(s) test it", "scenario(s) answer it");
		MultiValueMap<String, String> form = fields(shown, "question-form");
		form.set("required", "on");
		Document refused = Jsoup.parse(send(url(draft, "hiring.first-hire"), form, "en").getContentAsString());
		assertThat(refused.select("#scenarioAnswer-error").text()).matches(
				"\\d+ scenario\\(s\\) do not answer this required question: choose the answer they should assume\\.");
		assertThat(kb(draft).question("hiring.first-hire").orElseThrow().isRequired()).isFalse();

		form.set("scenarioAnswer", "undecided");
		Document confirm = Jsoup.parse(send(url(draft, "hiring.first-hire"), form, "en").getContentAsString());
		assertThat(confirm.select("#confirm li").eachText()).anyMatch(t -> t.startsWith("It becomes required"))
			.anyMatch(t -> t.matches("\\d+ scenario\\(s\\) will assume the answer “Not decided yet”\\.")
					|| t.contains("will assume the answer"));
		assertThat(kb(draft).question("hiring.first-hire").orElseThrow().isRequired()).isFalse();

		form.set("confirm", "yes");
		assertThat(send(url(draft, "hiring.first-hire"), form, "en").getStatus()).isEqualTo(302);
		assertThat(kb(draft).question("hiring.first-hire").orElseThrow().isRequired()).isTrue();
		assertThat(store.byId(draft).orElseThrow().problems()).isEmpty();
	}

	@Test
	void aNewRequiredQuestionWritesTheChosenAnswerIntoTheScenarios() throws Exception {
		UUID draft = versions.newDraft("new required");
		MultiValueMap<String, String> form = fields(
				page("/consultant/rules/drafts/" + draft + "/knowledge/question", "en"), "question-form");
		form.set("section", "company");
		form.set("qid", "company.crm");
		form.set("type", "yes-no");
		form.set("required", "on");
		for (String l : List.of("ru", "uk", "en")) {
			form.set("text." + l, l + ": Is there a CRM?");
			form.set("help." + l, l + ": Any system counts.");
		}
		form.set("text.ru", "Есть ли CRM?");
		form.set("text.uk", "Чи є CRM?");
		String url = "/consultant/rules/drafts/" + draft + "/knowledge/question";
		MockHttpServletResponse refused = send(url, form, "ru");
		assertThat(refused.getStatus()).isEqualTo(422);
		String error = Jsoup.parse(refused.getContentAsString()).select("#scenarioAnswer-error").text();
		assertThat(error).contains("Выберите ответ");
		assertThat(CYRILLIC.matcher(error).find()).isTrue();

		form.set("scenarioAnswer", "no");
		assertThat(send(url, form, "en").getStatus()).isEqualTo(302);
		assertThat(kb(draft).question("company.crm").orElseThrow().isRequired()).isTrue();
		assertThat(store.content(draft).files().get("rules/scenarios/companies/one-person-shop.yaml"))
			.contains("      company.crm: false");
		// every scenario still passes: the draft has no problems and can be published
		assertThat(store.byId(draft).orElseThrow().problems()).isEmpty();
	}

	@Test
	void aNumberQuestionWithoutItsRangeIsToldWhichEndIsMissingAtThatField() throws Exception {
		UUID draft = versions.newDraft("number without range");
		String url = "/consultant/rules/drafts/" + draft + "/knowledge/question";
		MultiValueMap<String, String> form = fields(page(url, "ru"), "question-form");
		form.set("section", "company");
		form.set("qid", "company.sites");
		form.set("type", "number");
		for (String l : List.of("ru", "uk", "en")) {
			form.set("text." + l, "Сколько у компании сайтов?");
		}
		form.set("min", "");
		form.set("max", "");
		MockHttpServletResponse refused = send(url, form, "ru");
		assertThat(refused.getStatus()).isEqualTo(422);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#min-error").text()).startsWith("«От»");
		assertThat(page.select("#max-error").text()).startsWith("«До»");
		// the summary above the form names each end too, not a bare "enter a number" once
		assertThat(page.select("#problems li").eachText()).anyMatch(t -> t.startsWith("«От»"))
			.anyMatch(t -> t.startsWith("«До»"));
		form.set("min", "0");
		form.set("max", "много");
		page = Jsoup.parse(send(url, form, "ru").getContentAsString());
		assertThat(page.select("#min-error")).isEmpty();
		assertThat(page.select("#max-error").text()).startsWith("«До»");
		assertThat(page.select("#max").val()).isEqualTo("много");
		assertThat(kb(draft).question("company.sites")).isEmpty();
	}

	@Test
	void aSavedQuestionIsNamedByItsTextInThePagesLanguageNotByItsId() throws Exception {
		UUID draft = versions.newDraft("named by text");
		MultiValueMap<String, String> form = fields(
				page("/consultant/rules/drafts/" + draft + "/knowledge/question", "ru"), "question-form");
		form.set("section", "company");
		form.set("qid", "company.crm");
		form.set("type", "yes-no");
		form.set("text.ru", "Есть ли CRM?");
		form.set("text.uk", "Чи є CRM?");
		form.set("text.en", "Is there a CRM?");
		for (String l : List.of("ru", "uk", "en")) {
			form.set("help." + l, l + ": CRM");
		}
		var result = mvc
			.perform(post("/consultant/rules/drafts/" + draft + "/knowledge/question").params(form)
				.param("lang", "ru")
				.with(user("olena").roles("CONSULTANT"))
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("saved")).isEqualTo("«Есть ли CRM?» сохранено в черновике.");
		assertThat((List<?>) result.getFlashMap().get("savedEffects")).first()
			.isEqualTo("Вопрос «Есть ли CRM?» добавляется в анкету черновика.");
	}

	@Test
	void optionsAreAddedRenamedAndRemovedAfterSeeingWhoUsesThem() throws Exception {
		UUID draft = versions.newDraft("options");
		String qid = "company.product-lines";
		MultiValueMap<String, String> form = fields(page(url(draft, qid), "en"), "question-form");
		assertThat(form.getFirst("options[2].old")).isEqualTo("many");
		form.set("options[0].en", "A single line");
		form.set("options[2].remove", "on");
		form.set("options[3].ru", "Около двадцати");
		form.set("options[3].uk", "Близько двадцяти");
		form.set("options[3].en", "About twenty");
		// the question is required: scenarios that chose the removed option need another
		MockHttpServletResponse asked = send(url(draft, qid), form, "en");
		assertThat(asked.getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(asked.getContentAsString()).select("#scenarioAnswer-error").text())
			.matches("\\d+ scenario\\(s\\) do not answer this required question: .*");
		assertThat(Jsoup.parse(asked.getContentAsString()).select("input[name='options[3].en']").val())
			.isEqualTo("About twenty");
		form.set("scenarioAnswer", "few");
		Document confirm = Jsoup.parse(send(url(draft, qid), form, "en").getContentAsString());
		assertThat(confirm.select("#confirm li").eachText())
			.anyMatch(t -> t.matches("Removing the option “.+”: \\d+ rule\\(s\\) and \\d+ scenario\\(s\\) use it; .*"))
			.contains("The option “One line” is now called “A single line”.", "A new option “About twenty”.");
		assertThat(kb(draft).question(qid).orElseThrow().options()).hasSize(3);

		form.set("confirm", "yes");
		assertThat(send(url(draft, qid), form, "en").getStatus()).isEqualTo(302);
		var options = kb(draft).question(qid).orElseThrow().options();
		assertThat(options).extracting(o -> o.id()).containsExactly("one", "few", "about-twenty");
		assertThat(options.get(0).label().get(Lang.EN)).isEqualTo("A single line");
		assertThat(options.get(0).label().get(Lang.RU)).isEqualTo("Одно направление");
	}

	@Test
	void rangeConditionAndPlaceAreSaved() throws Exception {
		UUID draft = versions.newDraft("range");
		MultiValueMap<String, String> form = fields(page(url(draft, "company.employees"), "en"), "question-form");
		form.set("min", "1");
		form.set("max", "500000");
		assertThat(send(url(draft, "company.employees"), form, "en").getStatus()).isEqualTo(302);
		assertThat(kb(draft).question("company.employees").orElseThrow().max()).isEqualTo(500000.0);

		form.set("max", "0");
		Document refused = Jsoup.parse(send(url(draft, "company.employees"), form, "uk").getContentAsString());
		assertThat(refused.select("#max-error").text()).isEqualTo("Значення «До» має бути більшим за «Від».");

		// shown only when the company has an analytics set-up: the condition's parts are
		// chosen from selects, the values after "update"
		String qid = "analytics.access";
		var parent = kb(draft).questions()
			.get(kb(draft).questions().indexOf(kb(draft).question(qid).orElseThrow()) - 1);
		MultiValueMap<String, String> cond = fields(page(url(draft, qid), "en"), "question-form");
		cond.set("when", parent.id());
		cond.set("action", "refresh");
		Document refreshed = Jsoup.parse(send(url(draft, qid), cond, "en").getContentAsString());
		List<String> values = refreshed.select("#whenValues option").eachAttr("value");
		assertThat(values).isEqualTo(parent.answerValues());
		MultiValueMap<String, String> chosen = fields(refreshed, "question-form");
		// every answer of the parent: each scenario that answers it still sees the
		// question
		chosen.put("whenValues", values);
		MockHttpServletResponse saved = send(url(draft, qid), chosen, "en");
		assertThat(saved.getStatus()).as(Jsoup.parse(saved.getContentAsString()).select("#problems").text())
			.isIn(200, 302);
		if (saved.getStatus() == 200) {
			chosen.set("confirm", "yes");
			assertThat(send(url(draft, qid), chosen, "en").getStatus()).isEqualTo(302);
		}
		assertThat(kb(draft).question(qid).orElseThrow().condition().question()).isEqualTo(parent.id());

		// moved up by one inside its section
		int before = QuestionEditing.place(kb(draft), "company.owners").position();
		MultiValueMap<String, String> move = fields(page(url(draft, "company.owners"), "en"), "question-form");
		move.set("action", "up");
		assertThat(send(url(draft, "company.owners"), move, "en").getStatus()).isEqualTo(302);
		assertThat(QuestionEditing.place(kb(draft), "company.owners").position()).isEqualTo(before - 1);
		assertThat(store.byId(draft).orElseThrow().problems()).isEmpty();
	}

	@Test
	void theTypeChangesOnlyWhileNoStoredAnswerUsesIt() throws Exception {
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(TestContent.companyRequestBodies("en").get(0)));
		UUID draft = versions.newDraft("type");
		MultiValueMap<String, String> form = fields(page(url(draft, "company.owners"), "ru"), "question-form");
		form.set("type", "multiple");
		MockHttpServletResponse refused = send(url(draft, "company.owners"), form, "ru");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("#type-error").text())
			.startsWith("На этот вопрос уже ответили в сохранённых анкетах");
		assertThat(kb(draft).question("company.owners").orElseThrow().type()).isEqualTo(QuestionType.SINGLE);
	}

	@Test
	void aNewQuestionsTypeChangesAfterConfirmingAndItCanBeDeleted() throws Exception {
		UUID draft = versions.newDraft("type and delete");
		MultiValueMap<String, String> form = fields(
				page("/consultant/rules/drafts/" + draft + "/knowledge/question", "en"), "question-form");
		form.set("section", "company");
		form.set("qid", "company.channels");
		form.set("type", "single");
		for (String l : List.of("ru", "uk", "en")) {
			form.set("text." + l, "Каналы / Канали / Channels");
			form.set("help." + l, "Любые / Будь-які / Any");
		}
		String[][] rows = { { "Сайт", "Сайт", "Website" }, { "Реклама", "Реклама", "Ads" } };
		for (int i = 0; i < rows.length; i++) {
			form.set("options[" + i + "].ru", rows[i][0]);
			form.set("options[" + i + "].uk", rows[i][1]);
			form.set("options[" + i + "].en", rows[i][2]);
		}
		assertThat(send("/consultant/rules/drafts/" + draft + "/knowledge/question", form, "en").getStatus())
			.isEqualTo(302);
		MultiValueMap<String, String> edit = fields(page(url(draft, "company.channels"), "en"), "question-form");
		edit.set("type", "multiple");
		Document confirm = Jsoup.parse(send(url(draft, "company.channels"), edit, "en").getContentAsString());
		assertThat(confirm.select("#confirm li").text())
			.contains("Its answer type changes from “one choice” to “several choices”");
		edit.set("confirm", "yes");
		assertThat(send(url(draft, "company.channels"), edit, "en").getStatus()).isEqualTo(302);
		assertThat(kb(draft).question("company.channels").orElseThrow().type()).isEqualTo(QuestionType.MULTIPLE);

		// deleting shows what uses it and asks first
		MockHttpServletResponse asked = send(url(draft, "company.channels") + "/delete", new LinkedMultiValueMap<>(),
				"en");
		Document ask = Jsoup.parse(asked.getContentAsString());
		assertThat(ask.select("#usage").text()).contains("0 rule(s) test it");
		assertThat(ask.select("#confirm-button")).hasSize(1);
		assertThat(kb(draft).question("company.channels")).isPresent();
		MultiValueMap<String, String> yes = new LinkedMultiValueMap<>();
		yes.add("confirm", "yes");
		assertThat(send(url(draft, "company.channels") + "/delete", yes, "en").getStatus()).isEqualTo(302);
		assertThat(kb(draft).question("company.channels")).isEmpty();
		assertThat(store.byId(draft).orElseThrow().problems()).isEmpty();
	}

	@Test
	void aQuestionRulesTestIsNotDeletedAndTheRulesAreNamed() throws Exception {
		UUID draft = versions.newDraft("delete used");
		for (String lang : List.of("ru", "uk", "en")) {
			MockHttpServletResponse refused = send(url(draft, "hiring.profile") + "/delete",
					new LinkedMultiValueMap<>(), lang);
			assertThat(refused.getStatus()).isEqualTo(409);
			Document page = Jsoup.parse(refused.getContentAsString());
			// the rule that tests it, told as a sentence in the page's language (its DRL
			// name is English)
			assertThat(page.select("#problems li").text()).contains(switch (lang) {
				case "ru" -> "Маркетолога искали без описанного целевого портрета";
				case "uk" -> "Чи записали ви перед пошуком портрет кандидата";
				default -> "Before the search, did you write down the profile";
			}).doesNotContain("No written profile before searching for a marketer");
			// each refusal leads to the rule to change first
			assertThat(page.select("#problems li a").eachAttr("href")).isNotEmpty()
				.allMatch(href -> href.startsWith("/consultant/rules/drafts/" + draft + "/rule?name="));
			assertThat(page.select("#confirm-button")).isEmpty();
			String text = page.select("main").text();
			assertThat(text).doesNotContainPattern("question\\.[a-z-]+\\.[a-z-]+");
			if (!lang.equals("en")) {
				assertThat(CYRILLIC.matcher(page.select("#problems h2").text()).find()).isTrue();
			}
		}
		assertThat(kb(draft).question("hiring.profile")).isPresent();
	}

}
