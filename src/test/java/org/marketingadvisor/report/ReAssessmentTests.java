package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.company;
import static org.marketingadvisor.report.ReportTestSupport.json;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentRepository;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * "Take the diagnostic again": a new questionnaire pre-filled from the report's answers,
 * whose report shows the score changes per area and which problems were resolved, are
 * new, or are still open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReAssessmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	RuleEngine engine;

	private JsonNode report(String token) throws Exception {
		return ReportTestSupport.report(mvc, token);
	}

	private static Set<String> problems(JsonNode report) {
		Set<String> ids = new HashSet<>();
		report.get("problems").forEach(p -> ids.add(p.get("id").stringValue()));
		return ids;
	}

	private static Set<String> ids(JsonNode refs) {
		Set<String> ids = new HashSet<>();
		refs.forEach(p -> ids.add(p.get("id").stringValue()));
		return ids;
	}

	@Test
	void takingItAgainStartsPrefilledAndTheNewReportShowsWhatChanged() throws Exception {
		String first = submit(mvc, company("solo-owner-does-everything").answers(), "uk");
		String location = mvc.perform(post("/reports/" + first + "/again").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String firstSection = engine.current().knowledgeBase().sections().get(0).id();
		assertThat(location).matches("/q/[A-Za-z0-9_-]{43}/" + firstSection + "\\?lang=uk");
		String second = location.split("[/?]")[2];
		assertThat(second).isNotEqualTo(first);

		// the new questionnaire is pre-filled with the previous answers
		Assessment draft = repository.findByToken(second).orElseThrow();
		assertThat(draft.isSubmitted()).isFalse();
		assertThat(assessments.answers(draft))
			.isEqualTo(assessments.answers(repository.findByToken(first).orElseThrow()));
		Document page = Jsoup.parse(
				mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("input[name=company.owners][value=single]").attr("checked")).isNotNull();
		assertThat(page.selectFirst("input[name=company.owners][value=single]").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst("input[name=company.employees]").val()).isEqualTo("6");

		// the owner has since appointed a marketer and set goals: answer as such, submit
		JsonNode improved = ReportTestSupport.JSON.valueToTree(company("well-run-company").answers());
		assessments.saveDraft(second, improved, null, Lang.UK);
		mvc.perform(post("/q/" + second + "/submit").with(csrf()).cookie(new jakarta.servlet.http.Cookie("lang", "uk")))
			.andExpect(status().is3xxRedirection());

		JsonNode before = report(first);
		JsonNode after = report(second);
		assertThat(before.has("comparison")).isFalse();
		JsonNode comparison = after.get("comparison");
		assertThat(comparison.get("previousOverall").intValue())
			.isEqualTo(before.get("overall").get("score").intValue());
		assertThat(comparison.get("change").intValue())
			.isEqualTo(after.get("overall").get("score").intValue() - before.get("overall").get("score").intValue())
			.isPositive();
		Set<String> old = problems(before);
		Set<String> now = problems(after);
		Set<String> resolved = new HashSet<>(old);
		resolved.removeAll(now);
		Set<String> added = new HashSet<>(now);
		added.removeAll(old);
		Set<String> open = new HashSet<>(now);
		open.retainAll(old);
		assertThat(resolved).isNotEmpty();
		assertThat(ids(comparison.get("resolved"))).isEqualTo(resolved);
		assertThat(ids(comparison.get("added"))).isEqualTo(added);
		assertThat(ids(comparison.get("stillOpen"))).isEqualTo(open);
		for (int i = 0; i < after.get("areas").size(); i++) {
			JsonNode area = after.get("areas").get(i);
			int previous = before.get("areas").get(i).get("score").intValue();
			assertThat(area.get("previousScore").intValue()).isEqualTo(previous);
			assertThat(area.get("change").intValue()).isEqualTo(area.get("score").intValue() - previous);
		}

		// and the page says so, in the assessment's language
		Document report = Jsoup.parse(mvc.perform(get("/reports/" + second))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(report.selectFirst("html").attr("lang")).isEqualTo("uk");
		assertThat(report.select(".comparison li")).hasSize(resolved.size() + added.size() + open.size());
		assertThat(report.selectFirst(".comparison a").attr("href")).isEqualTo("/reports/" + first);
		assertThat(report.select(".radar__previous")).hasSize(1);
		List<String> changes = report.select(".score-table tbody tr td:nth-of-type(3)").eachText();
		assertThat(changes).hasSize(after.get("areas").size());
		assertThat(changes).anyMatch(c -> c.startsWith("+"));
	}

	@Test
	void aDraftCannotBeTakenAgainAndSendsItsOwnerBackToTheQuestionnaire() throws Exception {
		Assessment draft = assessments.startDraft(Lang.EN, null);
		mvc.perform(post("/reports/" + draft.getToken() + "/again").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/q/" + draft.getToken()));
	}

}
