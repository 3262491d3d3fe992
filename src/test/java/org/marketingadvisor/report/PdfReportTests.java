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
		return pdf(token, lang, false);
	}

	private byte[] pdf(String token, String lang, boolean full) throws Exception {
		return mvc.perform(get("/reports/" + token + ".pdf").param("lang", lang).param("full", String.valueOf(full)))
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

	/**
	 * The default PDF is one an owner reads to the end: at most 12 pages for every
	 * company of the corpus, the score and the focus on its first page, every
	 * recommendation and problem at least by title, and no page left three-quarters empty
	 * before the last. The full PDF still holds every recommendation with its "Why".
	 */
	@Test
	void everyCompanyGetsAShortPdfAndAFullOne() throws Exception {
		String why = message("report.why", Lang.RU);
		for (var company : ReportTestSupport.companies()) {
			String id = company.scenario().id();
			String token = submit(mvc, company.answers(), "ru");
			JsonNode report = report(token, "ru");
			List<String> recs = new ArrayList<>();
			report.get("recommendations").forEach(r -> recs.add(r.get("title").stringValue().replaceAll("\\s+", " ")));
			List<String> problems = new ArrayList<>();
			report.get("problems").forEach(f -> problems.add(f.get("title").stringValue().replaceAll("\\s+", " ")));
			List<String> focus = new ArrayList<>();
			report.get("focus").forEach(f -> report.get("recommendations").forEach(r -> {
				if (r.get("id").stringValue().equals(f.stringValue())) {
					focus.add(r.get("title").stringValue().replaceAll("\\s+", " "));
				}
			}));

			byte[] shortPdf = pdf(token, "ru");
			List<String> pages = PdfChecks.pages(shortPdf);
			List<String> full = PdfChecks.pages(pdf(token, "ru", true));
			System.out.printf("PDF pages %-36s short %2d, full %2d (%d recommendations, %d problems)%n", id,
					pages.size(), full.size(), recs.size(), problems.size());
			assertThat(pages.size()).as(id + ": pages of the default PDF").isLessThanOrEqualTo(12);
			assertThat(pages.get(0)).as(id + ": the score on the first page")
				.contains(message("report.summary.title", Lang.RU),
						String.valueOf(report.get("overall").get("score").intValue()));
			assertThat(focus).as(id + ": the focus on the first page")
				.allSatisfy(t -> assertThat(pages.get(0)).contains(t));
			String text = String.join(" ", pages);
			assertThat(recs).as(id).allSatisfy(t -> assertThat(text).contains(t));
			assertThat(problems).as(id).allSatisfy(t -> assertThat(text).contains(t));
			// a "Why" only for the focus steps: the others' are in the full PDF
			assertThat(count(text, why)).as(id + ": 'Why' blocks in the default PDF").isEqualTo(focus.size());
			String fullText = String.join(" ", full);
			assertThat(recs).as(id + ": the full PDF").allSatisfy(t -> assertThat(fullText).contains(t));
			assertThat(problems).as(id + ": the full PDF").allSatisfy(t -> assertThat(fullText).contains(t));
			assertThat(count(String.join(" ", full), why)).as(id + ": 'Why' blocks in the full PDF")
				.isEqualTo(recs.size());
			// -Dpdf.look=DIR keeps the default PDFs there, to be looked at
			if (System.getProperty("pdf.look") != null) {
				java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("pdf.look")));
				java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("pdf.look"), id + ".pdf"), shortPdf);
			}
			// no heading left alone at the foot of a page
			List<String> headings = new ArrayList<>(focus);
			for (String key : List.of("report.summary.title", "report.focus.title", "report.scores.title",
					"report.plan.title", "report.recommendations.title", "report.others.title", "report.findings.title",
					"report.strengths.title", "report.actions", "report.why", "report.found", "report.because",
					"report.sources")) {
				headings.add(message(key, Lang.RU));
			}
			report.get("plan").forEach(phase -> headings.add(phase.get("title").stringValue()));
			report.get("areas").forEach(area -> headings.add(area.get("title").stringValue()));
			String footer = message("report.pdf.footer", Lang.RU).replace("{0}", "").trim();
			List<String> feet = PdfChecks.lastLines(shortPdf, footer);
			for (int i = 0; i < feet.size() - 1; i++) {
				assertThat(headings).as(id + ": the last line of page " + (i + 1) + " is not a heading")
					.doesNotContain(feet.get(i));
				// nor the priority line above a recommendation's title
				assertThat(feet.get(i)).as(id + ": the last line of page " + (i + 1))
					.doesNotStartWith(message("report.priority", Lang.RU).replace("{0}", "").trim());
			}
			List<Double> filled = PdfChecks.filled(shortPdf);
			for (int i = 0; i < filled.size() - 1; i++) {
				assertThat(filled.get(i)).as(id + ": page " + (i + 1) + " is not three-quarters empty")
					.isGreaterThan(0.25);
			}
		}
	}

	@Test
	void theReportPageLinksTheFullPdf() throws Exception {
		String token = submit(mvc, company("solo-owner-does-everything").answers(), "en");
		var page = org.jsoup.Jsoup.parse(mvc.perform(get("/reports/" + token).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var link = page.selectFirst(".toolbar a[href*=full=true]");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo(message("report.pdf.full", Lang.EN));
		assertThat(link.attr("href")).isEqualTo("/reports/" + token + ".pdf?lang=en&full=true");
		byte[] full = pdf(token, "en", true);
		assertThat(PdfChecks.pages(full).size()).isGreaterThan(PdfChecks.pages(pdf(token, "en")).size());
		// a value that is not a yes or no is a clear 400 naming the parameter
		String refused = mvc.perform(get("/reports/" + token + ".pdf").param("lang", "en").param("full", "maybe"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("\"full\"", "maybe");
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
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
