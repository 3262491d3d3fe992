package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.company;
import static org.marketingadvisor.report.ReportTestSupport.json;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * The report's PDF, read back with PDFBox: Cyrillic headings and every recommendation's
 * title as text, page numbers, embedded fonts, the chart, and the score table kept on one
 * page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PdfReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	private String message(String key, Lang lang) {
		return messages.getMessage(key, null, lang.locale());
	}

	private byte[] pdf(String token, String lang) throws Exception {
		return mvc.perform(get("/reports/" + token + ".pdf").param("lang", lang))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private JsonNode report(String token, String lang) throws Exception {
		return json(mvc.perform(get("/api/v1/reports/" + token).param("lang", lang))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void pdfCarriesCyrillicHeadingsEveryRecommendationAndTheChart() throws Exception {
		String token = submit(mvc, company("solo-owner-does-everything").answers(), "ru");
		for (Lang lang : List.of(Lang.RU, Lang.UK)) {
			byte[] pdf = pdf(token, lang.code());
			JsonNode report = report(token, lang.code());
			List<String> titles = new ArrayList<>();
			report.get("recommendations").forEach(r -> titles.add(r.get("title").stringValue()));
			assertThat(titles).hasSizeGreaterThan(10);
			PdfChecks.assertReport(pdf, message("report.title", lang),
					List.of(message("report.summary.title", lang), message("report.scores.title", lang),
							message("report.plan.title", lang), message("report.recommendations.title", lang),
							message("report.findings.title", lang)),
					titles);
			assertThat(message("report.title", lang)).matches(".*[а-яіїєґ].*");
			// no rule name (a consultant's English working name) reaches the owner's PDF
			String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
			report.get("recommendations").forEach(r -> assertThat(text).doesNotContain(r.get("rule").stringValue()));
			report.get("problems").forEach(f -> assertThat(text).doesNotContain(f.get("rule").stringValue()));
		}
	}

	@Test
	void theScoreTableIsNotCutAcrossPages() throws Exception {
		String token = submit(mvc, company("micromanaging-ceo").answers(), "en");
		JsonNode report = report(token, "en");
		List<String> pages = PdfChecks.pages(pdf(token, "en"));
		String caption = message("report.table.caption", Lang.EN);
		String page = pages.stream().filter(p -> p.contains(caption)).findFirst().orElseThrow();
		for (JsonNode area : report.get("areas")) {
			assertThat(page).contains(area.get("title").stringValue() + " " + area.get("score").intValue());
		}
		assertThat(page)
			.contains(message("report.table.overall", Lang.EN) + " " + report.get("overall").get("score").intValue());
	}

	@Autowired
	PdfReports pdfReports;

	@Autowired
	Reports reports;

	@Autowired
	org.marketingadvisor.assessment.AssessmentService assessments;

	@Test
	void theChartCheckSeesTheChartAndNothingElse() throws Exception {
		String token = submit(mvc, company("well-run-company").answers(), "ru");
		ReportView view = reports.build(assessments.findByToken(token).orElseThrow(), Lang.RU).orElseThrow();
		byte[] withoutChart = pdfReports.render(view, "", Lang.RU, "http://localhost/reports/" + token);
		assertThat(PdfChecks.chartPixels(withoutChart, 2)).isLessThan(100);
		assertThat(PdfChecks.chartPixels(pdf(token, "ru"), 2)).isGreaterThan(5000);
	}

	@Test
	void aWellRunCompanyGetsAPdfToo() throws Exception {
		String token = submit(mvc, company("well-run-company").answers(), "en");
		byte[] pdf = pdf(token, "en");
		assertThat(PdfChecks.text(pdf)).contains(message("report.strengths.title", Lang.EN));
		assertThat(PdfChecks.chartPixels(pdf, 2)).isGreaterThan(5000);
	}

}
