package org.marketingadvisor.scenario;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.RuleSetVersions;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenarios in the browser: all shipped scenarios run and pass on a fresh draft; a
 * scenario written in the form is saved in the draft and runs; one whose expectation does
 * not hold shows expected versus actual and keeps the draft from being published; a
 * stored report pinned as a scenario passes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	@Autowired
	RuleSetVersions versions;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RuleEngine engine;

	private UUID newDraft() {
		return versions.newDraft("scenarios");
	}

	private Document page(UUID draft) throws Exception {
		return Jsoup.parse(mvc
			.perform(get("/consultant/rules/drafts/" + draft + "/scenarios").param("lang", "en")
				.with(user("olena").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void everyShippedScenarioRunsAndPassesOnAFreshDraft() throws Exception {
		UUID draft = newDraft();
		int shipped = ScenarioLoader.load(TestContent.RULES).size();
		Document page = page(draft);
		assertThat(page.select("#summary").text()).isEqualTo("All " + shipped + " scenarios pass with this draft.");
		assertThat(page.select(".scenario--pass")).hasSize(shipped);
	}

	@Test
	void aScenarioWrittenInTheFormRunsAndAFailingOneShowsExpectedVersusActual() throws Exception {
		UUID draft = newDraft();
		mvc.perform(post("/consultant/rules/drafts/" + draft + "/scenarios").param("id", "no-profile")
			.param("name", "No written profile")
			.param("base", "well-run-company")
			.param("q0", "hiring.profile")
			.param("v0", "no")
			.param("expect.findings", "finding.no-marketer-profile")
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(store.content(draft).files().get(ScenarioPages.FILE)).contains("id: \"browser.no-profile\"",
				"hiring.profile: false");
		assertThat(store.byId(draft).orElseThrow().valid()).isTrue();
		assertThat(page(draft).select("#scenario-browser\\.no-profile.scenario--pass")).hasSize(1);

		mvc.perform(post("/consultant/rules/drafts/" + draft + "/scenarios").param("id", "wrong")
			.param("base", "well-run-company")
			.param("expect.recommendations", "rec.select-with-test-task")
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Document page = page(draft);
		assertThat(page.select("#summary").text()).startsWith("1 of ");
		assertThat(page.select("#scenario-browser\\.wrong .scenario__failures").text())
			.contains("expected recommendation rec.select-with-test-task is missing")
			.doesNotContain("Problem[");
		// the draft's full check (scenarios among it) runs in the background after a save
		versions.awaitChecks();
		assertThat(Problem.english(store.byId(draft).orElseThrow().problems()))
			.anyMatch(p -> p.startsWith(ScenarioPages.FILE + ": scenario ‘browser.wrong’: "));
		assertThat(versions.publish(draft, "no").published()).isFalse();
	}

	@Test
	void aStoredReportPinnedAsAScenarioPasses() throws Exception {
		var answers = TestContent.companyAnswers(engine.knowledgeBase(), "agencies-nobody-supervises");
		var raw = JsonMapper.builder().build().valueToTree(TestContent.scenarioAnswers("agencies-nobody-supervises"));
		assertThat(new AnswerValidator(engine.knowledgeBase(), Lang.EN).validate(raw).valid()).isTrue();
		String token = assessments.submitNew(Lang.EN, "Pinned", raw, answers, engine.current()).getToken();
		UUID draft = newDraft();
		mvc.perform(post("/consultant/rules/drafts/" + draft + "/scenarios/pin")
			.param("report", "http://localhost:8080/reports/" + token)
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		String file = store.content(draft).files().get(ScenarioPages.FILE);
		assertThat(file).contains("Pinned report " + token.substring(0, 8));
		Document page = page(draft);
		assertThat(page.select(".scenario--fail")).isEmpty();
		assertThat(page.select("tr[id^=scenario-browser.report-]")).hasSize(1);

		mvc.perform(post("/consultant/rules/drafts/" + draft + "/scenarios/pin").param("report", "no-such-report")
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

}
