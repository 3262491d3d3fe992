package org.marketingadvisor.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The evaluation API end to end through Spring MVC, with the real rules and knowledge
 * base.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationApiTests {

	/**
	 * A small company whose owner runs marketing alone, with the required answers given.
	 */
	static final String SOLO_OWNER = """
			"company.employees": 6, "company.owners": "single", "company.product-lines": "one",
			"company.competition": 3, "company.strategy": "in-head",
			"owner.crowded-out": true, "owner.marketing-hours": 12,
			"owner.activities": ["runs-ads-analytics", "manages-contractors", "edits-texts-designs"],
			"owner.marketing-background": "self-taught", "owner.disagreement": "no-one-proposes",
			"owner.problem-cause": "weak-team", "owner.results-horizon": "month",
			"owner.no-results-reaction": "cut-marketing", "owner.failed-contractor": "yes-lost-faith",
			"marketing.responsible": "owner", "marketing.non-marketers": false,
			"goals.business-goals": false, "kpi.defined": false, "kpi.sales-link": "none",
			"strategy.marketing": "none", "strategy.marketing-plan": false, "strategy.promotion-plan": false,
			"planning.reporting": "none", "planning.forecast": false, "planning.task-tracker": false,
			"planning.meetings": ["none"],
			"budget.setting": "ad-hoc", "budget.payback-known": false, "budget.cut-first": true,
			"analytics.web": "installed-unused", "analytics.access": "contractor-only",
			"contractors.used": true, "contractors.supervisor": "owner", "contractors.briefs": "verbal",
			"contractors.reporting": "vanity",
			"team.size": 0, "marketing.sales-link": "no-sales-team", "marketing.product-involvement": "never",
			"marketing.research": false, "hiring.search-difficulty": true, "hiring.recent": false
			""";

	@Autowired
	MockMvc mvc;

	private ResultActions evaluate(String json) throws Exception {
		return mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String body(String lang, String answers) {
		return "{\"lang\": \"" + lang + "\", \"answers\": {" + answers + "}}";
	}

	@Test
	void evaluationExplainsEachRecommendationInRussian() throws Exception {
		evaluate(body("ru", SOLO_OWNER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lang").value("ru"))
			.andExpect(jsonPath("$.rulesetVersion").value(notNullValue()))
			.andExpect(jsonPath("$.findings[0].id").value("finding.owner-bottleneck"))
			.andExpect(jsonPath("$.findings[0].severity").value("critical"))
			.andExpect(jsonPath("$.findings[0].title").value(containsString(" ")))
			.andExpect(jsonPath("$.recommendations[*].id", hasItem("rec.appoint-responsible")))
			.andExpect(jsonPath("$.recommendations[?(@.id == 'rec.appoint-responsible')].rule")
				.value(hasItem("Recommend appointing a centre of responsibility")))
			.andExpect(jsonPath("$.recommendations[?(@.id == 'rec.appoint-responsible')].evidence[*].question",
					hasItem("marketing.responsible")))
			.andExpect(jsonPath("$.recommendations[?(@.id == 'rec.appoint-responsible')].evidence[0].questionText")
				.value(hasItem(containsString("?"))))
			.andExpect(jsonPath("$.recommendations[?(@.id == 'rec.appoint-responsible')].sources[*].document",
					hasItem("doc.department")))
			.andExpect(jsonPath("$.recommendations[0].actions", not(hasSize(0))))
			.andExpect(jsonPath("$.recommendations[*].priority", everyItem(notNullValue())))
			.andExpect(jsonPath("$.plan[0].step").value(1));
	}

	@Test
	void theCompactViewHasTheFullViewsIdsSeveritiesAndEvidenceWithoutTexts() throws Exception {
		String fullJson = evaluate(body("en", SOLO_OWNER)).andReturn().getResponse().getContentAsString();
		String compactJson = mvc
			.perform(post("/api/v1/evaluations").param("view", "compact")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("en", SOLO_OWNER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.view").value("compact"))
			.andExpect(jsonPath("$.findings[0].title").doesNotExist())
			.andExpect(jsonPath("$.recommendations[0].actions").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		var full = json.readTree(fullJson);
		var compact = json.readTree(compactJson);
		org.assertj.core.api.Assertions.assertThat(compact.get("rulesetVersion")).isEqualTo(full.get("rulesetVersion"));
		org.assertj.core.api.Assertions.assertThat(compact.get("summary")).isEqualTo(full.get("summary"));
		org.assertj.core.api.Assertions.assertThat(compact.get("focus")).isEqualTo(full.get("focus"));
		org.assertj.core.api.Assertions.assertThat(compact.get("roots")).isEqualTo(full.get("roots"));
		for (String part : java.util.List.of("findings", "recommendations")) {
			org.assertj.core.api.Assertions.assertThat(compact.get(part)).hasSameSizeAs(full.get(part));
			for (int i = 0; i < full.get(part).size(); i++) {
				var f = full.get(part).get(i);
				var c = compact.get(part).get(i);
				org.assertj.core.api.Assertions.assertThat(c.get("id")).isEqualTo(f.get("id"));
				org.assertj.core.api.Assertions.assertThat(c.get("rules")).isEqualTo(f.get("rules"));
				java.util.List<String> questions = new java.util.ArrayList<>();
				f.get("evidence").forEach(e -> questions.add(e.get("question").stringValue()));
				java.util.List<String> compactQuestions = new java.util.ArrayList<>();
				c.get("evidence").forEach(e -> compactQuestions.add(e.stringValue()));
				org.assertj.core.api.Assertions.assertThat(compactQuestions)
					.as(part + " " + f.get("id"))
					.containsExactlyInAnyOrderElementsOf(questions);
			}
		}
		org.assertj.core.api.Assertions.assertThat(compactJson.length())
			.as("the compact view is a small part of the full one")
			.isLessThan(fullJson.length() / 5);
	}

	@Test
	void anUnknownViewIsAClear400NamingTheParameter() throws Exception {
		mvc.perform(post("/api/v1/evaluations").param("view", "tiny")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("ru", SOLO_OWNER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("view"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("«tiny»")));
	}

	@Test
	void evaluationSpeaksEnglishWhenAsked() throws Exception {
		evaluate(body("en", SOLO_OWNER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lang").value("en"))
			.andExpect(jsonPath("$.findings[?(@.id == 'finding.owner-bottleneck')].evidence[*].answerText",
					hasItem("I am, personally")))
			.andExpect(jsonPath("$.recommendations[?(@.id == 'rec.set-business-goals')].tensions[0].id")
				.value(hasItem("t.who-sets-goals-and-kpis")));
	}

	@Test
	void planPutsTheResponsiblePersonBeforeTheMarketerProfile() throws Exception {
		String json = evaluate(body("en", SOLO_OWNER)).andReturn().getResponse().getContentAsString();
		int appoint = json.indexOf("\"id\":\"rec.appoint-responsible\",\"title\"");
		int plan = json.indexOf("\"plan\"");
		String planPart = json.substring(plan);
		assertOrder(planPart, "rec.appoint-responsible", "rec.delegate-operations");
		assertOrder(planPart, "rec.develop-company-strategy", "rec.write-strategy-without-marketer");
		org.assertj.core.api.Assertions.assertThat(appoint).isGreaterThan(0);
	}

	private static void assertOrder(String text, String first, String second) {
		org.assertj.core.api.Assertions.assertThat(text.indexOf("\"" + first + "\""))
			.as(first + " before " + second)
			.isNotNegative()
			.isLessThan(text.indexOf("\"" + second + "\""));
	}

	@Test
	void optionNotAllowedListsTheAllowedOnesInEnglish() throws Exception {
		evaluate(body("en",
				SOLO_OWNER.replace("\"results-horizon\": \"month\"", "\"results-horizon\": \"week\"")
					.replace("\"owner.results-horizon\": \"month\"", "\"owner.results-horizon\": \"week\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("owner.results-horizon"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("there is no option \"week\"")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("quarter")));
	}

	@Test
	void everyProblemIsReportedAtOnce() throws Exception {
		String bad = SOLO_OWNER.replace("\"company.competition\": 3", "\"company.competition\": 9")
			.replace("\"owner.crowded-out\": true", "\"owner.crowded-out\": \"yes\"");
		evaluate(body("en", bad + ", \"nope\": 1")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].field", hasItem("company.competition")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("owner.crowded-out")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("nope")));
	}

	@Test
	void unsupportedLanguageIsAFieldError() throws Exception {
		evaluate(body("de", SOLO_OWNER)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("ru, uk")));
	}

	@Test
	void malformedJsonIsABadRequestNotAServerError() throws Exception {
		evaluate("{\"lang\": \"en\", \"answers\": {").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("JSON")));
		mvc.perform(post("/api/v1/evaluations?lang=en").contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("could not be read")));
	}

	@Test
	void bodyWithoutAnswersOrOfTheWrongShapeIsExplained() throws Exception {
		evaluate("{\"lang\": \"en\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("\"answers\" field is missing")));
		evaluate("[1, 2]").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
		evaluate("{\"lang\": \"ru\", \"answers\": [1]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("answers")));
	}

	@Test
	void wrongContentTypeIsAClientError() throws Exception {
		mvc.perform(post("/api/v1/evaluations").contentType(MediaType.TEXT_PLAIN).content("hello"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void openApiDescribesTheEndpoints() throws Exception {
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/evaluations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/questionnaire'].get").exists());
	}

	@Test
	void healthIsUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	/**
	 * Each kind of bad input, with the phrase its message has in Russian and in English.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown question | ru | owner.favourite-colour | В анкете нет вопроса
			unknown question | en | owner.favourite-colour | has no question
			wrong type       | ru | company.employees      | должен быть числом
			wrong type       | en | company.employees      | must be a number
			option not allowed | ru | owner.results-horizon | варианта «week» нет
			option not allowed | en | owner.results-horizon | there is no option "week"
			required missing | ru | kpi.defined            | обязательный вопрос
			required missing | en | kpi.defined            | required question
			hidden question  | ru | kpi.author             | не задаётся
			hidden question  | en | kpi.author             | is not asked
			out of range     | ru | company.competition    | от 1 до 5
			out of range     | en | company.competition    | from 1 to 5
			""")
	void eachKindOfBadInputIsExplainedInTheRequestedLanguage(String kind, String lang, String field, String phrase)
			throws Exception {
		String answers = switch (kind) {
			case "unknown question" -> SOLO_OWNER + ", \"owner.favourite-colour\": \"blue\"";
			case "wrong type" -> SOLO_OWNER.replace("\"company.employees\": 6", "\"company.employees\": \"six\"");
			case "option not allowed" ->
				SOLO_OWNER.replace("\"owner.results-horizon\": \"month\"", "\"owner.results-horizon\": \"week\"");
			case "required missing" -> SOLO_OWNER.replace("\"kpi.defined\": false,", "");
			case "hidden question" -> SOLO_OWNER + ", \"kpi.author\": \"owner-alone\"";
			case "out of range" -> SOLO_OWNER.replace("\"company.competition\": 3", "\"company.competition\": 7");
			default -> throw new IllegalArgumentException(kind);
		};
		evaluate(body(lang, answers)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(phrase)));
	}

	@ParameterizedTest
	@CsvSource({ "ru, Тело запроса", "en, request body" })
	void malformedJsonIsExplainedInTheLanguageOfTheQuery(String lang, String phrase) throws Exception {
		mvc.perform(post("/api/v1/evaluations").param("lang", lang)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"kpi.defined\": tru"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(phrase)));
	}

	/**
	 * README's "Try it" posts this file with curl; it must stay a complete, valid body
	 * whenever the questionnaire changes.
	 */
	@Test
	void readmeExampleAnswerFileIsEvaluated() throws Exception {
		String file = java.nio.file.Files.readString(java.nio.file.Path.of("docs/examples/answers-en.json"));
		mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lang").value("en"))
			.andExpect(jsonPath("$.findings[?(@.id == 'finding.owner-bottleneck')]", not(hasSize(0))))
			.andExpect(jsonPath("$.recommendations", not(hasSize(0))));
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(file))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.links.json").value(containsString("/api/v1/reports/")));
	}

}
