package org.marketingadvisor.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.assessment.AssessmentRepository;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The preview of a draft as the owner sees it: the draft's questionnaire walked through
 * with its own question texts and show conditions, ending in the draft's report; the
 * draft's report for a base company and for a stored assessment, with what the draft adds
 * against the live version; nothing of it stored; refusals in the user's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PreviewPagesTests {

	static final String COMPANY = "well-run-company";

	static final String NEW_TEXT_EN = "Counting everyone, remote staff too: how many people work here?";

	static final String NEW_TEXT_RU = "Считая всех, и удалённых тоже: сколько человек у вас работает?";

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleSetVersions versions;

	@Autowired
	VersionStore store;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	RuleEngine engine;

	UUID draft;

	/**
	 * A finding the live rules do not give the well-run company, which the draft adds.
	 */
	String draftOnly;

	MockHttpSession session = new MockHttpSession();

	@BeforeEach
	void draftWithANewQuestionTextAndANewFinding() {
		draft = versions.newDraft("preview");
		Content content = store.content(draft);
		String questionnaire = content.files()
			.get("knowledge-base/questionnaire.yaml")
			.replace("How many people work in the company, including remote staff?", NEW_TEXT_EN)
			.replace("Сколько человек работает в компании, включая удалённых сотрудников?", NEW_TEXT_RU);
		Evaluation live = engine.current().evaluate(TestContent.companyAnswers(engine.knowledgeBase(), COMPANY));
		Set<String> forbidden = new TreeSet<>();
		ScenarioLoader.load(TestContent.RULES).forEach(s -> forbidden.addAll(s.scenario().absent().findings()));
		draftOnly = engine.knowledgeBase()
			.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.PROBLEM && !live.hasFinding(f.id()) && !forbidden.contains(f.id()))
			.map(f -> f.id())
			.sorted()
			.findFirst()
			.orElseThrow();
		String drl = """
				package rules.findings;

				import org.marketingadvisor.engine.Answer;
				import org.marketingadvisor.engine.Finding;

				rule "Preview test: every company gets %s"
				when
				    Answer(question == "company.employees")
				then
				    insertLogical(new Finding("%s"));
				end
				""".formatted(draftOnly, draftOnly);
		versions.saveDraftFiles(draft,
				Map.of("knowledge-base/questionnaire.yaml", questionnaire, "rules/findings/preview-test.drl", drl));
	}

	private String base() {
		return "/consultant/rules/drafts/" + draft + "/preview";
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(user("olena").roles("CONSULTANT")).session(session);
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(
				mvc.perform(as(request)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
	}

	/** The form parameters that answer a section's questions as a scenario does. */
	private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder post, Section section,
			Map<String, Object> answers) {
		for (Question q : section.questions()) {
			Object v = answers.get(q.id());
			if (v instanceof Boolean b) {
				post.param(q.id(), b ? "yes" : "no");
			}
			else if (v instanceof List<?> list) {
				list.forEach(item -> post.param(q.id(), String.valueOf(item)));
			}
			else if (v != null) {
				post.param(q.id(), String.valueOf(v));
			}
		}
		return post;
	}

	private long[] counts() {
		return new long[] { repository.count(), assessments.submittedCount() };
	}

	@Test
	void theQuestionnaireIsWalkedThroughWithTheDraftsTextsAndConditionsAndEndsInTheDraftsReport() throws Exception {
		long[] before = counts();
		KnowledgeBase kb = Drafts.knowledgeBase(store, draft);
		List<Section> sections = kb.sections();
		Map<String, Object> company = TestContent.scenarioAnswers(COMPANY);

		mvc.perform(as(get(base() + "/q"))).andExpect(redirectedUrl(base() + "/q/" + sections.get(0).id()));
		Document first = page(get(base() + "/q/company").param("lang", "ru"), 200);
		assertThat(first.select("#preview-banner").text()).contains("Предпросмотр черновика", "ничего не сохраняется");
		assertThat(first.select("#field-company\\.employees .question__text").text()).contains(NEW_TEXT_RU);
		assertThat(first.select("#section-form").attr("action")).isEqualTo(base() + "/q/company");
		assertThat(first.select("#resume-url")).isEmpty();
		assertThat(page(get(base() + "/q/company").param("lang", "en"), 200)
			.select("#field-company\\.employees .question__text")
			.text()).contains(NEW_TEXT_EN);

		// a page with an error comes back with it, as the owner's does
		Document refused = page(post(base() + "/q/company").with(csrf())
			.param("lang", "en")
			.param("company.employees", "ten")
			.param("action", "next"), 200);
		assertThat(refused.select("#error-summary")).hasSize(1);
		assertThat(refused.select("#q-company\\.employees").val()).isEqualTo("ten");

		// next page
		mvc.perform(as(answers(post(base() + "/q/company").with(csrf()).param("lang", "en"), sections.get(0), company)))
			.andExpect(redirectedUrl(base() + "/q/" + sections.get(1).id()));

		// a question controlled from the same page starts hidden, and is asked once its
		// condition holds
		Document responsibility = page(get(base() + "/q/responsibility").param("lang", "en"), 200);
		assertThat(responsibility.select("#field-marketing\\.head-status").hasAttr("hidden")).isTrue();
		Document revealed = page(post(base() + "/q/responsibility").with(csrf())
			.param("lang", "en")
			.param("marketing.responsible", "dedicated-marketer")
			.param("marketing.non-marketers", "no")
			.param("_shown", "marketing.responsible marketing.non-marketers")
			.param("action", "next"), 200);
		assertThat(revealed.select("#field-marketing\\.head-status").hasAttr("hidden")).isFalse();
		assertThat(revealed.select(".notice[role=status]").text()).isNotBlank();

		for (int i = 1; i < sections.size(); i++) {
			String next = i + 1 < sections.size() ? sections.get(i + 1).id() : "review";
			mvc.perform(as(answers(post(base() + "/q/" + sections.get(i).id()).with(csrf()).param("lang", "en"),
					sections.get(i), company)))
				.andExpect(redirectedUrl(base() + "/q/" + next));
		}

		Document review = page(get(base() + "/q/review").param("lang", "en"), 200);
		assertThat(review.select("#preview-banner")).hasSize(1);
		assertThat(review.select(".review-list dt").eachText()).contains(NEW_TEXT_EN);
		// exactly the questions the draft's show conditions show for these answers
		Map<String, Boolean> shown = new AnswerValidator(kb, Lang.EN)
			.shown(JsonMapper.builder().build().valueToTree(company));
		assertThat(shown).containsValue(false);
		assertThat(review.select(".review-list dt").eachText()).containsExactlyElementsOf(
				kb.questions().stream().filter(q -> shown.get(q.id())).map(q -> q.text().get(Lang.EN)).toList());
		assertThat(review.select(".review-row__change").eachAttr("href")).allMatch(h -> h.startsWith(base() + "/q/"));
		assertThat(review.select("form.submit-form").attr("action")).isEqualTo(base() + "/q/submit");

		mvc.perform(as(post(base() + "/q/submit").with(csrf()).param("lang", "en")))
			.andExpect(redirectedUrl(base() + "/q/report?lang=en"));
		Document report = page(get(base() + "/q/report").param("lang", "en"), 200);
		assertThat(report.select("#preview-banner")).hasSize(1);
		assertThat(report.select("#finding-" + draftOnly.replace(".", "\\."))).hasSize(1);
		assertThat(report.select("#added-findings [data-id]").eachAttr("data-id")).contains(draftOnly);
		assertThat(report.select("form[action*=notes], a[href$=.pdf], #report-url")).isEmpty();
		assertThat(report.select("#preview-pdf").attr("href")).startsWith(base() + "/q/report/pdf");
		assertThat(report.select("#preview-change-answers").attr("href")).isEqualTo(base() + "/q/review");
		byte[] pdf = mvc.perform(as(get(base() + "/q/report/pdf").param("lang", "ru")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		assertThat(counts()).containsExactly(before);
	}

	@Test
	void incompleteAnswersAreRefusedOnTheReviewWithWhatIsMissing() throws Exception {
		mvc.perform(as(post(base() + "/q/restart").with(csrf()))).andExpect(status().is3xxRedirection());
		Document review = page(post(base() + "/q/submit").with(csrf()).param("lang", "uk"), 422);
		assertThat(review.select("#error-summary li")).isNotEmpty();
		assertThat(review.select("#error-summary a").eachAttr("href")).allMatch(h -> h.startsWith(base() + "/q/"));
		page(get(base() + "/q/report").param("lang", "uk"), 422);
		Document pdf = page(get(base() + "/q/report/pdf").param("lang", "uk"), 422);
		assertThat(pdf.select("#error-message").text()).isEqualTo("Анкета чернетки не приймає ці відповіді:");
		assertThat(pdf.select("#error-details li")).isNotEmpty();
	}

	@Test
	void theReportForABaseCompanyShowsWhatOnlyTheDraftsRulesFindAndTheLiveOneOnASwitch() throws Exception {
		long[] before = counts();
		Document index = page(get(base()).param("lang", "en"), 200);
		assertThat(index.select("#company option").eachAttr("value")).contains(COMPANY, "one-person-shop");
		// the companies by their names in the page's language
		assertThat(page(get(base()).param("lang", "ru"), 200).select("#company option[value=one-person-shop]").text())
			.startsWith("Бизнес одного человека");

		Document draftReport = page(get(base() + "/company").param("company", COMPANY).param("lang", "ru"), 200);
		assertThat(draftReport.select("#preview-banner").text()).contains("ничего не сохраняется");
		assertThat(draftReport.select("#added-findings [data-id]").eachAttr("data-id")).containsExactly(draftOnly);
		assertThat(draftReport.select("#finding-" + draftOnly.replace(".", "\\."))).hasSize(1);
		assertThat(draftReport.select("#show-draft").attr("aria-current")).isEqualTo("page");

		Document liveReport = page(
				get(base() + "/company").param("company", COMPANY).param("show", "live").param("lang", "en"), 200);
		assertThat(liveReport.select("#show-live").attr("aria-current")).isEqualTo("page");
		assertThat(liveReport.select("#finding-" + draftOnly.replace(".", "\\."))).isEmpty();
		assertThat(liveReport.select("#added-findings [data-id]").eachAttr("data-id")).containsExactly(draftOnly);

		byte[] pdf = mvc.perform(as(get(base() + "/company/pdf").param("company", COMPANY).param("lang", "en")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(counts()).containsExactly(before);
	}

	@Test
	void aStoredAssessmentIsPreviewedByItsLinkAndLeftAsItWas() throws Exception {
		var raw = JsonMapper.builder().build().valueToTree(TestContent.scenarioAnswers(COMPANY));
		var stored = assessments.submitNew(Lang.EN, "Stored for preview", raw,
				TestContent.companyAnswers(engine.knowledgeBase(), COMPANY), engine.current());
		String result = stored.getResult();
		long[] before = counts();

		Document index = page(get(base()).param("lang", "en"), 200);
		assertThat(index.select("#recent a").eachText()).contains("Stored for preview");

		Document report = page(
				get(base() + "/assessment").param("token", "http://localhost:8080/reports/" + stored.getToken())
					.param("lang", "en"),
				200);
		assertThat(report.select(".meta").text()).contains("Stored for preview");
		assertThat(report.select("#added-findings [data-id]").eachAttr("data-id")).containsExactly(draftOnly);
		assertThat(counts()).containsExactly(before);
		assertThat(assessments.findByToken(stored.getToken()).orElseThrow().getResult()).isEqualTo(result);
	}

	@Test
	void unknownDraftsCompaniesTokensAndPagesAreRefusedInTheUsersLanguage() throws Exception {
		Document noDraft = page(get("/consultant/rules/drafts/" + UUID.randomUUID() + "/preview").param("lang", "ru"),
				404);
		assertThat(noDraft.select("#error-message").text()).startsWith("По этому адресу нет открытого черновика");
		assertThat(page(get("/consultant/rules/drafts/" + UUID.randomUUID() + "/preview/q/company").param("lang", "uk"),
				404)
			.select("#error-message")
			.text()).startsWith("За цією адресою немає відкритої чернетки");

		Document company = page(get(base() + "/company").param("company", "no-such-company").param("lang", "uk"), 404);
		assertThat(company.select("#company-error").text()).startsWith("У чернетці немає базової компанії");

		Document token = page(get(base() + "/assessment").param("token", "not-a-token").param("lang", "en"), 404);
		assertThat(token.select("#token-error").text()).startsWith("No submitted report has this link or token");
		assertThat(token.select("#token").val()).isEqualTo("not-a-token");

		assertThat(page(get(base() + "/q/no-such-page").param("lang", "en"), 404).select("#error-message").text())
			.isEqualTo("The draft’s questionnaire has no such page.");
		assertThat(page(get(base() + "/company/pdf").param("company", "nope").param("lang", "ru"), 404)
			.select("#error-message")
			.text()).startsWith("В черновике нет базовой компании");

		versions.discard(draft);
		assertThat(page(get(base()).param("lang", "en"), 404).select("#error-message").text())
			.startsWith("There is no open draft at this address");
	}

	@Test
	void aDraftThatDoesNotBuildIsRefusedWithAConflictAndTheWayBack() throws Exception {
		versions.saveDraftFile(draft, "rules/findings/preview-test.drl", "rule \"broken\" when then");
		Document page = page(get(base() + "/company").param("company", COMPANY).param("lang", "en"), 409);
		assertThat(page.select("#error-message").text()).startsWith("This draft does not build");
		assertThat(page.select("a[href=/consultant/rules/drafts/" + draft + "]")).hasSize(1);
	}

	@Test
	void theDraftPageLinksToThePreview() throws Exception {
		Document page = page(get("/consultant/rules/drafts/" + draft).param("lang", "en"), 200);
		assertThat(page.select("#preview-link").attr("href")).isEqualTo(base());
		assertThat(page.select("#preview-link").text()).isEqualTo("Preview as the owner sees it");
	}

}
