package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.companies;
import static org.marketingadvisor.report.ReportTestSupport.company;
import static org.marketingadvisor.report.ReportTestSupport.json;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * The report page and its JSON for every company scenario in every language, on the real
 * rules and database: each recommendation explains itself, the scores and the plan follow
 * the knowledge base, and a token that is not a report gives the same friendly 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleEngine engine;

	@Autowired
	MessageSource messages;

	private Document page(String path, String acceptLanguage) throws Exception {
		String html = mvc.perform(get(path).header("Accept-Language", acceptLanguage))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private JsonNode api(String path) throws Exception {
		return json(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String message(String key, Lang lang, Object... args) {
		return messages.getMessage(key, args, lang.locale());
	}

	@Test
	void everyCompanyScenarioRendersInEveryLanguageWithEvidenceAndSourcesForEveryRecommendation() throws Exception {
		KnowledgeBase kb = engine.current().knowledgeBase();
		List<LoadedScenario> companies = companies();
		assertThat(companies).hasSizeGreaterThanOrEqualTo(8);
		for (LoadedScenario company : companies) {
			Evaluation expected = TestContent.ruleSet()
				.evaluate(
						new AnswerValidator(kb, Lang.RU).validate(ReportTestSupport.JSON.valueToTree(company.answers()))
							.answers());
			String token = submit(mvc, company.answers(), "ru");
			for (Lang lang : Lang.values()) {
				String where = company.scenario().id() + " in " + lang.code();
				Document report = page("/reports/" + token + "?lang=" + lang.code(), "ru");
				assertThat(report.selectFirst("html").attr("lang")).as(where).isEqualTo(lang.code());
				assertThat(report.selectFirst("h1").text()).as(where).isEqualTo(message("report.title", lang));

				List<Element> cards = report.select("article.rec");
				assertThat(cards).as(where).hasSize(expected.recommendations().size());
				for (Element card : cards) {
					String id = card.id().substring("rec-".length());
					String title = kb.recommendation(id).orElseThrow().title().get(lang);
					assertThat(card.selectFirst("h3").text()).as(where).isEqualTo(title);
					Element why = card.selectFirst("details.why");
					assertThat(why).as(where + ": why of " + id).isNotNull();
					assertThat(why.select("ul.evidence > li")).as(where + ": evidence of " + id).isNotEmpty();
					for (Element answer : why.select("ul.evidence > li")) {
						assertThat(answer.selectFirst("span").text()).isNotBlank();
						assertThat(answer.selectFirst("strong").text()).as(where + ": answer given").isNotBlank();
					}
					assertThat(why.select("ul.sources > li")).as(where + ": sources of " + id).isNotEmpty();
					for (Element source : why.select("ul.sources > li")) {
						assertThat(source.selectFirst("span").text()).as("paraphrase").isNotBlank();
						String cite = source.selectFirst("cite").text();
						// the article is named in the report's language, with the place
						// in it
						assertThat(kb.documents()).as("article of " + cite)
							.anyMatch(d -> cite.contains(d.titles().get(lang))
									&& cite.length() > d.titles().get(lang).length() + 4);
						if (lang != Lang.RU) {
							assertThat(cite).as(where + ": citation in the report's language")
								.doesNotMatch(".*[ыэъё].*");
						}
					}
					// the rule's name is a consultant's working name in English: owners
					// never see it
					String rule = expected.recommendations()
						.stream()
						.filter(r -> r.id().equals(id))
						.findFirst()
						.orElseThrow()
						.rules()
						.get(0);
					assertThat(why.select("p.rule")).as(where).isEmpty();
					assertThat(report.text()).as(where).doesNotContain(rule);
					assertThat(card.select("ol.rec__actions > li")).as(where).isNotEmpty();
				}
				// every cited article is listed once at the end, named in the report's
				// language, with its original title only where the languages differ
				List<Element> documents = report.select("section.documents li");
				assertThat(documents).as(where).isNotEmpty();
				assertThat(documents.stream().map(d -> d.selectFirst("cite").text()).toList()).as(where)
					.doesNotHaveDuplicates();
				for (Element d : documents) {
					var article = kb.documents()
						.stream()
						.filter(doc -> doc.titles().get(lang).equals(d.selectFirst("cite").text()))
						.findFirst();
					assertThat(article).as(where + ": " + d.text()).isPresent();
					Element original = d.selectFirst(".documents__original");
					if (lang.code().equals(article.get().language())) {
						assertThat(original).as(where).isNull();
					}
					else {
						assertThat(original.text()).as(where).contains(article.get().title());
						assertThat(d.selectFirst(".documents__publisher").text()).as(where + ": publisher")
							.doesNotMatch(".*[ыэъё].*");
					}
				}
				// the chart and the table carry every area
				Element svg = report.selectFirst(".chart svg");
				assertThat(svg).as(where).isNotNull();
				assertThat(svg.attr("aria-label")).isEqualTo(message("report.chart.label", lang));
				assertThat(svg.select("polygon.radar__score")).hasSize(1);
				assertThat(report.select(".score-table tbody tr")).hasSize(kb.areas().size());
				for (var area : kb.areas()) {
					assertThat(svg.text()).as(where).contains(RadarChart.wrap(area.title().get(lang)).get(0));
				}
				assertThat(report.select(".version").text()).contains(engine.current().version().substring(0, 12));
			}
		}
	}

	@Test
	void theJsonCarriesWhatThePageShows() throws Exception {
		LoadedScenario company = company("solo-owner-does-everything");
		String token = submit(mvc, company.answers(), "uk");
		JsonNode report = api("/api/v1/reports/" + token);
		Document page = page("/reports/" + token, "en");

		assertThat(report.get("lang").stringValue()).isEqualTo("uk");
		assertThat(page.selectFirst("html").attr("lang")).as("the assessment's language, not the browser's")
			.isEqualTo("uk");
		assertThat(page.selectFirst(".score__number").text())
			.isEqualTo(String.valueOf(report.get("overall").get("score").intValue()));
		assertThat(page.selectFirst(".score__level-title").text())
			.contains(report.get("overall").get("levelTitle").stringValue());
		List<String> pageTitles = page.select("article.rec h3").eachText();
		List<String> focus = new ArrayList<>();
		report.get("focus").forEach(id -> focus.add(id.stringValue()));
		assertThat(focus).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		Map<String, String> titles = new java.util.HashMap<>();
		List<String> jsonTitles = new ArrayList<>();
		for (JsonNode r : report.get("recommendations")) {
			titles.put(r.get("id").stringValue(), r.get("title").stringValue());
			assertThat(r.get("evidence")).isNotEmpty();
			assertThat(r.get("sources")).isNotEmpty();
			assertThat(r.get("sources").get(0).get("paraphrase").stringValue()).isNotBlank();
		}
		// the focus first, in its order, then the others area by area, each area
		// collapsed
		focus.forEach(id -> jsonTitles.add(titles.get(id)));
		for (JsonNode area : report.get("otherAreas")) {
			for (JsonNode r : report.get("recommendations")) {
				if (r.get("area").stringValue().equals(area.get("area").stringValue())
						&& !focus.contains(r.get("id").stringValue())) {
					jsonTitles.add(r.get("title").stringValue());
				}
			}
		}
		assertThat(jsonTitles).hasSize(report.get("recommendations").size());
		assertThat(pageTitles).isEqualTo(jsonTitles);
		assertThat(page.select("details.area-group")).hasSize(report.get("otherAreas").size())
			.allSatisfy(d -> assertThat(d.hasAttr("open")).isFalse());
		List<String> rows = page.select(".score-table tbody tr").eachText();
		JsonNode areas = report.get("areas");
		assertThat(rows).hasSize(areas.size());
		for (int i = 0; i < areas.size(); i++) {
			assertThat(rows.get(i))
				.startsWith(areas.get(i).get("title").stringValue() + " " + areas.get(i).get("score").intValue());
		}
		// "In short" is followed by the focus, which replaces the plan's first steps
		// there
		assertThat(page.select("ol.next")).isEmpty();
		assertThat(page.select("#focus .focus__title").eachText()).isEqualTo(focus.stream().map(titles::get).toList());
		assertThat(report.get("links").get("pdf").stringValue()).isEqualTo("/reports/" + token + ".pdf");
	}

	@Test
	void tokensThatAreNoReportAreNotFound() throws Exception {
		// the page itself is the container's error page, checked on a real server in
		// ErrorPageTests
		for (String token : List.of("A".repeat(43), "<script>", "x.pdf", "A".repeat(43) + ".pdf")) {
			mvc.perform(get("/reports/{token}", token).accept("text/html")).andExpect(status().isNotFound());
		}
		mvc.perform(get("/report/{token}", "A".repeat(43)).accept("text/html")).andExpect(status().isNotFound());
		mvc.perform(post("/reports/" + "A".repeat(43) + "/again").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/" + "A".repeat(43)).header("Accept-Language", "en"))
			.andExpect(status().isNotFound());
	}

	@Test
	void reportsAreNeitherCachedBySharedCachesNorIndexed() throws Exception {
		String token = submit(mvc, company("well-run-company").answers(), "en");
		for (String path : List.of("/reports/" + token, "/reports/" + token + ".pdf")) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
					.string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
					.string("X-Robots-Tag", org.hamcrest.Matchers.containsString("noindex")));
		}
	}

	@Test
	void linksHandedOutBeforeTheMoveStillWork() throws Exception {
		String token = submit(mvc, company("well-run-company").answers(), "en");
		mvc.perform(get("/report/" + token)).andExpect(redirectedUrl("/reports/" + token));
		Document report = page("/reports/" + token, "ru");
		assertThat(report.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void scoresFollowTheKnowledgeBase() throws Exception {
		KnowledgeBase kb = engine.current().knowledgeBase();
		String solo = submit(mvc, company("solo-owner-does-everything").answers(), "en");
		String wellRun = submit(mvc, company("well-run-company").answers(), "en");
		JsonNode poor = api("/api/v1/reports/" + solo);
		JsonNode good = api("/api/v1/reports/" + wellRun);
		assertThat(poor.get("overall").get("score").intValue()).isLessThan(good.get("overall").get("score").intValue());
		assertThat(poor.get("overall").get("level").stringValue()).isEqualTo("chaotic");
		assertThat(good.get("overall").get("level").stringValue()).isIn("managed", "systematic");
		// an area's score is 100 times the kept shares of its problems, as scoring.yaml
		// says
		for (JsonNode area : poor.get("areas")) {
			double expected = 100;
			for (JsonNode f : poor.get("problems")) {
				boolean lowers = f.get("area").stringValue().equals(area.get("id").stringValue())
						|| kb.scoring().alsoAffects(f.get("id").stringValue()).contains(area.get("id").stringValue());
				if (lowers) {
					expected *= kb.scoring()
						.keep()
						.get(org.marketingadvisor.knowledge.Severity.parse(f.get("severity").stringValue())
							.orElseThrow());
				}
			}
			assertThat(area.get("score").intValue()).as(area.get("id").stringValue())
				.isEqualTo((int) Math.round(expected));
		}
		// steps of the plan come after the steps they must follow
		Map<String, Integer> position = new java.util.HashMap<>();
		List<String> order = new ArrayList<>();
		poor.get("plan").forEach(phase -> phase.get("steps").forEach(s -> {
			position.put(s.get("id").stringValue(), order.size());
			order.add(s.get("id").stringValue());
		}));
		for (String id : order) {
			for (String after : kb.recommendation(id).orElseThrow().after()) {
				if (position.containsKey(after)) {
					assertThat(position.get(after)).as(after + " before " + id).isLessThan(position.get(id));
				}
			}
		}
	}

}
