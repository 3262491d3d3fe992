package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.companies;
import static org.marketingadvisor.report.ReportTestSupport.json;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Every company of {@code rules/scenarios/companies/} gets a focus of at most five
 * recommendations in its report JSON, and the page and the PDF open with it: right under
 * "In short", before the scores, on the PDF's first page with the score. The plan's first
 * 30 days hold at most five steps, and a step that stands after less urgent ones says
 * which steps it follows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FocusReportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyCompanyGetsAFocusOfAtMostFiveThatOpensPageAndPdf() throws Exception {
		List<LoadedScenario> companies = companies();
		assertThat(companies).isNotEmpty();
		int withFocus = 0;
		for (LoadedScenario company : companies) {
			String id = company.scenario().id();
			String token = submit(mvc, company.answers(), "ru");
			JsonNode report = json(body("/api/v1/reports/" + token));
			assertThat(report.has("focus")).as(id).isTrue();
			List<String> focus = new ArrayList<>();
			report.get("focus").forEach(f -> focus.add(f.stringValue()));
			Map<String, JsonNode> recs = new HashMap<>();
			report.get("recommendations").forEach(r -> recs.put(r.get("id").stringValue(), r));
			assertThat(focus).as(id).hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
			assertThat(recs.keySet()).as(id).containsAll(focus);
			if (!recs.isEmpty()) {
				assertThat(focus).as(id + ": a report with recommendations has a focus").isNotEmpty();
			}
			// dependency order: a focus step never comes before one it must follow
			for (int i = 0; i < focus.size(); i++) {
				for (JsonNode after : recs.get(focus.get(i)).get("after")) {
					int j = focus.indexOf(after.stringValue());
					assertThat(j).as(id + ": " + focus.get(i) + " after " + after.stringValue()).isLessThan(i);
				}
			}
			// the first 30 days hold at most five steps; a step stands after a less
			// urgent one only when it says which steps it follows
			JsonNode plan = report.get("plan");
			if (!plan.isEmpty() && plan.get(0).get("id").stringValue().equals("days-30")) {
				assertThat(plan.get(0).get("steps").size()).as(id + ": 30-day phase").isLessThanOrEqualTo(5);
			}
			List<JsonNode> steps = new ArrayList<>();
			plan.forEach(phase -> phase.get("steps").forEach(steps::add));
			for (int j = 0; j < steps.size(); j++) {
				for (int i = 0; i < j; i++) {
					if (rank(steps.get(j)) < rank(steps.get(i))) {
						assertThat(steps.get(j).get("after")).as(id + ": step " + (j + 1) + " states what it follows")
							.isNotEmpty();
					}
				}
			}
			List<String> titles = focus.stream().map(f -> recs.get(f).get("title").stringValue()).toList();
			if (focus.isEmpty()) {
				continue;
			}
			withFocus++;

			Document page = Jsoup.parse(body("/reports/" + token));
			Element section = page.selectFirst("#focus");
			assertThat(section).as(id).isNotNull();
			assertThat(section.previousElementSibling().hasClass("summary-card")).as(id).isTrue();
			assertThat(section.select(".focus__title").eachText()).as(id).isEqualTo(titles);
			assertThat(page.select("article.rec h3").eachText().subList(0, titles.size())).as(id).isEqualTo(titles);
			assertThat(page.select("details.area-group[open]")).as(id + ": the rest is collapsed").isEmpty();

			byte[] pdf = mvc.perform(get("/reports/" + token + ".pdf"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String first = PdfChecks.pages(pdf).get(0);
			assertThat(first).as(id + ": the score on the first PDF page")
				.contains(String.valueOf(report.get("overall").get("score").intValue()));
			int last = -1;
			for (String title : titles) {
				int at = first.indexOf(title, last + 1);
				assertThat(at).as(id + ": '" + title + "' on the first PDF page, in order").isGreaterThan(last);
				last = at;
			}
		}
		assertThat(withFocus).as("companies with problems have a focus").isGreaterThan(companies.size() / 2);
	}

	private static int rank(JsonNode step) {
		return List.of("critical", "high", "medium", "low").indexOf(step.get("priority").stringValue());
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
