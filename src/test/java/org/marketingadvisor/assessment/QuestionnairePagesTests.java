package org.marketingadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questionnaire pages over HTTP, with the real rules and database: languages, drafts
 * saved at every step, validation shown on the page, resuming, a changed questionnaire,
 * submission and what a submitted assessment still allows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnairePagesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RuleEngine engine;

	@Autowired
	MessageSource messages;

	private String message(String key, Lang lang, Object... args) {
		return messages.getMessage(key, args, lang.locale());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private String start(String lang) throws Exception {
		String location = mvc.perform(post("/start").with(csrf()).param("lang", lang))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/q/[A-Za-z0-9_-]{43}/company");
		return location.split("/")[2];
	}

	private JsonNode stored(String token) {
		return assessments.answers(repository.findByToken(token).orElseThrow());
	}

	private String draftWith(String answersJson) {
		Assessment a = Assessment.draft(Tokens.newToken(), "ru", null, Instant.now());
		a.saveDraft(answersJson, null, "ru", Instant.now());
		return repository.save(a).getToken();
	}

	private static String soloOwner() {
		return "{" + EvaluationApiTests.SOLO_OWNER + "}";
	}

	@Test
	void landingPageSpeaksTheBrowserLanguageAndRemembersAChosenOne() throws Exception {
		Document uk = page(get("/").header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5"));
		assertThat(uk.selectFirst("html").attr("lang")).isEqualTo("uk");
		assertThat(uk.selectFirst("h1").text()).isEqualTo(message("home.title", Lang.UK));
		assertThat(page(get("/").header("Accept-Language", "de-DE")).selectFirst("html").attr("lang")).isEqualTo("ru");

		mvc.perform(get("/").param("lang", "en")).andExpect(cookie().value("lang", "en"));
		Document remembered = page(get("/").cookie(new Cookie("lang", "en")).header("Accept-Language", "uk"));
		assertThat(remembered.selectFirst("h1").text()).isEqualTo(message("home.title", Lang.EN));
		assertThat(remembered.select(".lang-switch a").eachAttr("href")).containsExactly("/?lang=ru", "/?lang=uk");
	}

	@Test
	void startingCreatesADraftWithAnUnguessableTokenAndTheOptionalLabel() throws Exception {
		String location = mvc
			.perform(post("/start").with(csrf()).param("lang", "uk").param("companyLabel", "  Кав’ярня  "))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Assessment draft = repository.findByToken(location.split("/")[2]).orElseThrow();
		assertThat(draft.getCompanyLabel()).isEqualTo("Кав’ярня");
		assertThat(draft.getLang()).isEqualTo("uk");
		assertThat(draft.isSubmitted()).isFalse();
	}

	@Test
	void aTooLongLabelIsRefusedOnThePageKeepingWhatWasTypedAndStoringNothing() throws Exception {
		long before = repository.count();
		String label = "x".repeat(AssessmentController.LABEL_MAX + 1);
		Document page = page(post("/start").with(csrf()).param("lang", "en").param("companyLabel", label));
		assertThat(page.getElementById("companyLabel-error").text())
			.isEqualTo(message("error.company-label", Lang.EN, AssessmentController.LABEL_MAX));
		assertThat(page.getElementById("companyLabel").val()).isEqualTo(label);
		assertThat(page.getElementById("companyLabel").attr("aria-describedby")).contains("companyLabel-error");
		assertThat(repository.count()).isEqualTo(before);
	}

	@Test
	void aSectionPageShowsProgressHelpAndTheResumeLink() throws Exception {
		String token = start("ru");
		Document page = page(get("/q/" + token + "/owner").param("lang", "ru"));
		int count = engine.knowledgeBase().sections().size();
		Element bar = page.selectFirst("[role=progressbar]");
		assertThat(bar.attr("aria-valuenow")).isEqualTo("2");
		assertThat(bar.attr("aria-valuemax")).isEqualTo(String.valueOf(count));
		assertThat(bar.attr("aria-valuetext")).isEqualTo(message("q.progress", Lang.RU, 2, count));
		assertThat(page.getElementById("resume-url").val()).isEqualTo("http://localhost/q/" + token);
		var first = engine.knowledgeBase().sections().get(1).questions().get(0);
		assertThat(page.getElementById("q-" + first.id() + "-help").text()).isEqualTo(first.help().get(Lang.RU));
		// Switching language posts the page (so typed answers are kept) and stays on it.
		Element en = page.selectFirst(".lang-switch button[value=en]");
		assertThat(en.attr("form")).isEqualTo("section-form");
		assertThat(en.attr("formaction")).isEqualTo("/q/" + token + "/owner?action=stay");
	}

	@Test
	void errorsAreShownInTheChosenLanguageWithASummaryAndEverythingTypedIsKeptAndSaved() throws Exception {
		String token = start("ru");
		Document page = page(post("/q/" + token + "/company").with(csrf())
			.param("lang", "uk")
			.param("company.employees", "десять")
			.param("company.owners", "single")
			.param("action", "next"));
		String question = engine.knowledgeBase().question("company.employees").orElseThrow().text().get(Lang.UK);
		Element summary = page.getElementById("error-summary");
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.select("a").eachAttr("href")).contains("#q-company.employees", "#q-company.product-lines");
		assertThat(summary.text()).contains(message("error.answer.number", Lang.UK, question));
		Element input = page.getElementById("q-company.employees");
		assertThat(input.val()).isEqualTo("десять");
		assertThat(input.attr("aria-invalid")).isEqualTo("true");
		assertThat(input.attr("aria-describedby")).contains("q-company.employees-error");
		assertThat(page.getElementById("q-company.employees-error").text()).contains(question);
		assertThat(page.select("input[name=company.owners][checked]").eachAttr("value")).containsExactly("single");
		for (Element field : page.select(".question--error")) {
			String id = field.id().substring("field-".length());
			assertThat(field.select("[aria-describedby~=q-" + id.replace(".", "\\.") + "-error]")).isNotEmpty();
		}
		// The post was saved as it was typed, errors and all.
		assertThat(stored(token).get("company.employees").asString()).isEqualTo("десять");
		assertThat(stored(token).get("company.owners").asString()).isEqualTo("single");
	}

	@Test
	void backAndLanguageSwitchSaveWithoutJudgingAndNextMovesOn() throws Exception {
		String token = start("ru");
		mvc.perform(
				post("/q/" + token + "/owner").with(csrf()).param("owner.crowded-out", "yes").param("action", "back"))
			.andExpect(redirectedUrl("/q/" + token + "/company"));
		assertThat(stored(token).get("owner.crowded-out").booleanValue()).isTrue();

		mvc.perform(post("/q/" + token + "/owner?action=stay").with(csrf())
			.param("owner.crowded-out", "no")
			.param("lang", "en"))
			.andExpect(redirectedUrl("/q/" + token + "/owner?lang=en"))
			.andExpect(cookie().value("lang", "en"));
		assertThat(stored(token).get("owner.crowded-out").booleanValue()).isFalse();

		mvc.perform(post("/q/" + token + "/company").with(csrf())
			.param("company.employees", "6")
			.param("company.owners", "single")
			.param("company.product-lines", "one")
			.param("company.competition", "3")
			.param("company.strategy", "in-head")
			.param("action", "next")).andExpect(redirectedUrl("/q/" + token + "/owner"));
	}

	@Test
	void questionsRevealedByThisPostAreAskedBeforeTheyAreJudged() throws Exception {
		String token = start("ru");
		Document page = page(post("/q/" + token + "/responsibility").with(csrf())
			.param("marketing.responsible", "dedicated-marketer")
			.param("marketing.non-marketers", "no")
			.param("_shown", "marketing.responsible marketing.non-marketers")
			.param("action", "next"));
		assertThat(page.select(".notice").text()).isEqualTo(message("q.new-questions", Lang.RU));
		assertThat(page.getElementById("error-summary")).isNull();
		assertThat(page.getElementById("field-marketing.head-status").hasAttr("hidden")).isFalse();

		Document judged = page(post("/q/" + token + "/responsibility").with(csrf())
			.param("marketing.responsible", "dedicated-marketer")
			.param("marketing.non-marketers", "no")
			.param("_shown", page.selectFirst("input[name=_shown]").val())
			.param("action", "next"));
		assertThat(judged.getElementById("error-summary").select("a").eachAttr("href"))
			.contains("#q-marketing.head-status");
	}

	@Test
	void theResumeLinkContinuesAtTheFirstUnansweredSectionOrTheReview() throws Exception {
		ObjectNode answers = (ObjectNode) JSON.readTree(soloOwner());
		assertThat(mvc.perform(get("/q/" + draftWith(answers.toString()))).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/review");
		answers.remove("budget.setting");
		mvc.perform(get("/q/" + draftWith(answers.toString())))
			.andExpect(redirectedUrl("/q/" + repository.findAll()
				.stream()
				.filter(a -> a.getAnswers().equals(answers.toString()))
				.findFirst()
				.orElseThrow()
				.getToken() + "/budget"));
	}

	@Test
	void aDraftFromAnOlderQuestionnaireKeepsWhatStillAppliesAndAsksOnlyWhatIsNew() throws Exception {
		// The draft answered a question that no longer exists and not one that was added.
		ObjectNode answers = (ObjectNode) JSON.readTree(soloOwner());
		answers.remove("owner.results-horizon");
		answers.put("owner.retired-question", true);
		String token = draftWith(answers.toString());
		mvc.perform(get("/q/" + token)).andExpect(redirectedUrl("/q/" + token + "/owner"));

		Document owner = page(get("/q/" + token + "/owner"));
		assertThat(owner.select("input[name=owner.crowded-out][checked]").eachAttr("value")).containsExactly("yes");
		assertThat(owner.select("input[name=owner.results-horizon][checked]")).isEmpty();

		MockHttpServletRequestBuilder post = post("/q/" + token + "/owner").with(csrf()).param("action", "next");
		for (Element checked : owner.select("input[checked]")) {
			post.param(checked.attr("name"), checked.val());
		}
		for (Element text : owner.select("input[type=text]")) {
			post.param(text.attr("name"), text.val());
		}
		post.param("owner.results-horizon", "month");
		mvc.perform(post).andExpect(redirectedUrl("/q/" + token + "/responsibility"));
		assertThat(stored(token).has("owner.retired-question")).isFalse();
		mvc.perform(post("/q/" + token + "/submit").with(csrf())).andExpect(redirectedUrl("/reports/" + token));
	}

	@Test
	void reviewListsEveryAnswerWithChangeLinksAndSubmittingFreezesTheAssessment() throws Exception {
		String token = draftWith(soloOwner());
		Document review = page(get("/q/" + token + "/review").param("lang", "en"));
		var employees = engine.knowledgeBase().question("company.employees").orElseThrow();
		Element row = review.select(".review-row").first();
		assertThat(row.selectFirst("dt").text()).isEqualTo(employees.text().get(Lang.EN));
		assertThat(row.selectFirst(".review-row__answer").text()).isEqualTo("6 " + employees.unit().get(Lang.EN));
		assertThat(row.selectFirst("a").attr("href")).isEqualTo("/q/" + token + "/company#q-company.employees");

		mvc.perform(post("/q/" + token + "/submit").with(csrf())).andExpect(redirectedUrl("/reports/" + token));
		Assessment submitted = repository.findByToken(token).orElseThrow();
		assertThat(submitted.isSubmitted()).isTrue();
		assertThat(submitted.getRulesetVersion()).isEqualTo(engine.current().version());
		String frozen = submitted.getAnswers();

		mvc.perform(
				post("/q/" + token + "/company").with(csrf()).param("company.employees", "500").param("action", "next"))
			.andExpect(redirectedUrl("/reports/" + token));
		mvc.perform(get("/q/" + token + "/company")).andExpect(redirectedUrl("/reports/" + token));
		mvc.perform(post("/q/" + token + "/submit").with(csrf())).andExpect(redirectedUrl("/reports/" + token));
		assertThat(repository.findByToken(token).orElseThrow().getAnswers()).isEqualTo(frozen);

		Document report = page(get("/reports/" + token).param("lang", "uk"));
		assertThat(report.selectFirst("h1").text()).isEqualTo(message("report.title", Lang.UK));
		assertThat(report.select("article.rec")).isNotEmpty();
		// The cards follow the plan: step 1, 2, 3...
		var steps = report.select("article.rec .rec__step").eachText();
		for (int i = 0; i < steps.size(); i++) {
			assertThat(steps.get(i)).isEqualTo(message("report.step", Lang.UK, i + 1));
		}
	}

	@Test
	void submittingAnIncompleteDraftShowsWhatIsMissingWithLinksAndKeepsTheDraft() throws Exception {
		ObjectNode answers = (ObjectNode) JSON.readTree(soloOwner());
		answers.remove("team.size");
		String token = draftWith(answers.toString());
		Document review = page(post("/q/" + token + "/submit").with(csrf()).param("lang", "en"));
		Element summary = review.getElementById("error-summary");
		String question = engine.knowledgeBase().question("team.size").orElseThrow().text().get(Lang.EN);
		assertThat(summary.text()).contains(message("error.answer.required", Lang.EN, question));
		assertThat(summary.select("a").eachAttr("href")).containsExactly("/q/" + token + "/team#q-team.size");
		assertThat(repository.findByToken(token).orElseThrow().isSubmitted()).isFalse();
	}

	@Test
	void unknownTokensAndSectionsAreNotFound() throws Exception {
		for (String path : new String[] { "/q/no-such-token", "/q/no-such-token/company", "/reports/no-such-token" }) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		String token = start("ru");
		mvc.perform(get("/q/" + token + "/no-such-section")).andExpect(status().isNotFound());
	}

	@Test
	void everyPageNamesItsLanguage() throws Exception {
		String token = draftWith(soloOwner());
		for (Map.Entry<String, String> page : Map
			.of("/", "h1", "/q/" + token + "/company", "h1", "/q/" + token + "/review", "h1")
			.entrySet()) {
			for (Lang lang : Lang.values()) {
				Document doc = page(get(page.getKey()).param("lang", lang.code()));
				assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang.code());
				assertThat(doc.select(".lang-switch__current").attr("lang")).isEqualTo(lang.code());
			}
		}
	}

}
