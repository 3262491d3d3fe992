package org.marketingadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Condition;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.lint.AnswerSampler;
import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.knowledge.Section;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's whole way through the questionnaire in real headless Chromium (Debian's
 * chromium and chromedriver, installed by {@code .ci/run}), as two different companies: a
 * validation error made and fixed, a language switch mid-way, going back and changing an
 * answer, closing the browser and resuming through the private link, submitting, and the
 * report. What the browser entered must be exactly what is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireBrowserIT extends BrowserTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RuleEngine engine;

	@Autowired
	MessageSource messages;

	@Test
	void soloOwnerMakesAMistakeSwitchesLanguageGoesBackResumesOnAnotherBrowserAndGetsTheReport() throws Exception {
		LoadedScenario company = scenario("solo-owner-does-everything");
		Map<String, Object> answers = company.answers();
		KnowledgeBase kb = engine.knowledgeBase();
		List<Section> sections = kb.sections();

		WebDriver browser = browser("ru");
		browser.get(url("/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("home.title", Lang.RU));
		browser.findElement(By.id("companyLabel")).sendKeys("Студия Тест");
		navigate(browser, browser.findElement(By.cssSelector("form.start button[type=submit]")));
		assertThat(heading(browser)).isEqualTo(sections.get(0).title().get(Lang.RU));
		String token = browser.getCurrentUrl().replaceAll(".*/q/([^/]+)/.*", "$1");

		// Page 1: a wrong scale answer (corrected later) and a number that is not a
		// number.
		Map<String, Object> firstTry = new LinkedHashMap<>(answers);
		Object competition = answers.get("company.competition");
		firstTry.put("company.competition", ((Number) competition).intValue() == 1 ? 5 : 1);
		fillPage(browser, firstTry);
		WebElement employees = browser.findElement(By.id("q-company.employees"));
		employees.clear();
		employees.sendKeys("около десяти");
		next(browser);

		WebElement summary = browser.findElement(By.id("error-summary"));
		assertThat(summary.isDisplayed()).isTrue();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		String question = kb.question("company.employees").orElseThrow().text().get(Lang.RU);
		assertThat(summary.getText()).contains(question);
		employees = browser.findElement(By.id("q-company.employees"));
		assertThat(employees.getAttribute("value")).isEqualTo("около десяти");
		assertThat(employees.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(employees.getAttribute("aria-describedby")).contains("q-company.employees-error");
		assertThat(browser.findElement(By.id("q-company.employees-error")).getText()).contains(question);
		assertChecked(browser, firstTry, "company.owners", "company.competition");
		summary.findElement(By.tagName("a")).click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q-company.employees");
		employees.clear();
		employees.sendKeys(String.valueOf(answers.get("company.employees")));
		next(browser);

		// Page 2 normally; on page 3 switch to English before pressing Next.
		assertThat(heading(browser)).isEqualTo(sections.get(1).title().get(Lang.RU));
		fillPage(browser, answers);
		next(browser);
		assertThat(heading(browser)).isEqualTo(sections.get(2).title().get(Lang.RU));
		fillPage(browser, answers);
		navigate(browser, browser.findElement(By.cssSelector(".lang-switch button[value=en]")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(heading(browser)).isEqualTo(sections.get(2).title().get(Lang.EN));
		assertChecked(browser, answers, questionsOf(sections.get(2)));
		next(browser);

		// Pages 4 and 5 in English, then Back all the way to page 1: nothing is lost.
		for (int i = 3; i <= 4; i++) {
			assertThat(heading(browser)).isEqualTo(sections.get(i).title().get(Lang.EN));
			fillPage(browser, answers);
			next(browser);
		}
		for (int i = 4; i >= 0; i--) {
			navigate(browser, browser.findElement(By.cssSelector(".form-nav button[value=back]")));
			assertThat(heading(browser)).isEqualTo(sections.get(i).title().get(Lang.EN));
			assertChecked(browser, i == 0 ? firstTry : answers, questionsOf(sections.get(i)));
		}
		fillPage(browser, Map.of("company.competition", competition));
		for (int i = 1; i <= 5; i++) {
			next(browser);
		}
		assertThat(heading(browser)).isEqualTo(sections.get(5).title().get(Lang.EN));

		// Close the browser and continue on "another device" through the private link.
		String resume = browser.findElement(By.id("resume-url")).getAttribute("value");
		assertThat(resume).isEqualTo(url("/q/" + token));
		browser.quit();
		drivers.remove(browser);
		browser = browser("ru");
		browser.get(resume);
		assertThat(heading(browser)).isEqualTo(sections.get(5).title().get(Lang.RU));
		for (int i = 5; i < sections.size(); i++) {
			fillPage(browser, answers);
			next(browser);
		}

		// Review: the corrected answer is there; submit and land on the report.
		assertThat(heading(browser)).isEqualTo(message("review.title", Lang.RU));
		String competitionRow = browser
			.findElement(By
				.xpath("//dt[normalize-space()='" + kb.question("company.competition").orElseThrow().text().get(Lang.RU)
						+ "']" + "/following-sibling::dd/span"))
			.getText();
		assertThat(competitionRow).isEqualTo(String.valueOf(competition));
		submit(browser);
		assertReport(browser, token, company, Lang.RU);
		assertThat(browser.findElement(By.cssSelector(".meta")).getText()).contains("Студия Тест");
	}

	@Test
	void agencyClientAnswersInUkrainianFromTheBrowserLanguage() throws Exception {
		LoadedScenario company = scenario("agencies-nobody-supervises");
		KnowledgeBase kb = engine.knowledgeBase();
		WebDriver browser = browser("uk");
		browser.get(url("/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
		navigate(browser, browser.findElement(By.cssSelector("form.start button[type=submit]")));
		String token = browser.getCurrentUrl().replaceAll(".*/q/([^/]+)/.*", "$1");
		for (Section section : kb.sections()) {
			assertThat(heading(browser)).isEqualTo(section.title().get(Lang.UK));
			WebElement progress = browser.findElement(By.cssSelector("[role=progressbar]"));
			assertThat(progress.getAttribute("aria-valuenow"))
				.isEqualTo(String.valueOf(kb.sections().indexOf(section) + 1));
			assertThat(progress.getAttribute("aria-valuemax")).isEqualTo(String.valueOf(kb.sections().size()));
			fillPage(browser, company.answers());
			next(browser);
		}
		assertThat(heading(browser)).isEqualTo(message("review.title", Lang.UK));
		submit(browser);
		assertReport(browser, token, company, Lang.UK);
	}

	/**
	 * The page's script ({@code app.js}) shows and hides questions controlled on the same
	 * page as Java's {@code ShowConditions} does: for every section, saved with one
	 * sampled answer set and then changed in the browser to another (some valid, some
	 * answering every question, hidden or not), every question the script judges is shown
	 * exactly when the validator says it is for the answers the form would post.
	 */
	@Test
	void scriptAndJavaAgreeOnTheShowConditionsOfEveryQuestion() throws Exception {
		KnowledgeBase kb = engine.knowledgeBase();
		List<Map<String, Object>> sets = new ArrayList<>();
		AnswerSampler.sample(kb, 6, 11).forEach(sample -> sets.add(sample.raw()));
		Random random = new Random(12);
		for (int i = 0; i < 6; i++) {
			Map<String, Object> all = new LinkedHashMap<>();
			for (Question q : kb.questions()) {
				if (random.nextDouble() < 0.8) {
					all.put(q.id(), AnswerType.of(q).sample(q, random).json());
				}
			}
			sets.add(all);
		}
		// each condition's edges: every option, yes and no, the least number that shows
		// and
		// the one below
		Map<String, Object> base = sets.get(sets.size() - 1);
		for (Question q : kb.questions()) {
			Condition c = q.condition();
			if (c == null) {
				continue;
			}
			List<Object> edges = c.min() != null ? List.of(c.min().longValue() - 1, c.min())
					: c.equals() != null ? List.of(true, false)
							: kb.question(c.question()).orElseThrow().answerValues().stream().map(option -> {
								boolean multiple = kb.question(c.question())
									.orElseThrow()
									.type() == QuestionType.MULTIPLE;
								return multiple ? (Object) List.of(option) : option;
							}).toList();
			for (Object edge : edges) {
				Map<String, Object> set = new LinkedHashMap<>(base);
				set.put(c.question(), edge);
				sets.add(set);
			}
		}
		String token = assessments.startDraft(Lang.EN, "Script check").getToken();
		WebDriver browser = browser("en");
		AnswerValidator validator = new AnswerValidator(kb, Lang.EN);
		int judged = 0;
		for (int saved : List.of(0, 6)) {
			assessments.saveDraft(token, JSON.valueToTree(sets.get(saved)), kb.sections().get(0).id(), Lang.EN);
			for (Section section : kb.sections()) {
				browser.get(url("/q/" + token + "/" + section.id()));
				Set<String> onPage = new HashSet<>(questionsOf(section));
				List<String> fields = browser.findElements(By.cssSelector("#section-form .question"))
					.stream()
					.map(field -> field.getAttribute("id").substring("field-".length()))
					.toList();
				for (Map<String, Object> typed : sets) {
					Map<String, List<String>> posted = new LinkedHashMap<>();
					Map<String, Object> merged = new LinkedHashMap<>(sets.get(saved));
					onPage.forEach(merged::remove);
					for (String id : fields) {
						Question q = kb.question(id).orElseThrow();
						posted.put(id, AnswerType.of(q).posted(JSON.valueToTree(typed.get(id))));
						if (typed.containsKey(id)) {
							merged.put(id, typed.get(id));
						}
					}
					@SuppressWarnings("unchecked")
					Map<String, Boolean> hidden = (Map<String, Boolean>) ((JavascriptExecutor) browser)
						.executeScript(TYPE_AND_REFRESH, posted);
					Map<String, Boolean> shown = validator.shown(JSON.valueToTree(merged));
					for (String id : hidden.keySet()) {
						Question q = kb.question(id).orElseThrow();
						if (q.condition() != null && hidden.containsKey(q.condition().question())) {
							assertThat(!hidden.get(id)).as("%s on %s, answers %s", id, section.id(), merged)
								.isEqualTo(shown.get(id));
							judged++;
						}
					}
				}
			}
		}
		assertThat(judged).isGreaterThan(100);
	}

	/**
	 * Sets every field of the page to the given form values (as the owner would tick and
	 * type them), lets the page's script react as to a change, and returns which fields
	 * are hidden.
	 */
	private static final String TYPE_AND_REFRESH = """
			var form = document.getElementById('section-form');
			var values = arguments[0];
			form.querySelectorAll('.question').forEach(function (field) {
			  var wanted = values[field.id.replace(/^field-/, '')] || [];
			  field.querySelectorAll('input').forEach(function (input) {
			    if (input.type === 'radio' || input.type === 'checkbox') input.checked = wanted.indexOf(input.value) >= 0;
			    else if (input.type === 'text') input.value = wanted.length ? wanted[0] : '';
			  });
			});
			form.dispatchEvent(new Event('change', { bubbles: true }));
			var hidden = {};
			form.querySelectorAll('.question').forEach(function (field) {
			  hidden[field.id.replace(/^field-/, '')] = field.hidden;
			});
			return hidden;
			""";

	private void assertReport(WebDriver browser, String token, LoadedScenario company, Lang lang) throws Exception {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/reports/"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/reports/" + token));
		assertThat(heading(browser)).isEqualTo(message("report.title", lang));
		Assessment stored = assessments.findByToken(token).orElseThrow();
		assertThat(stored.isSubmitted()).isTrue();
		assertThat(unordered(JSON.readValue(stored.getAnswers(), Map.class)))
			.isEqualTo(unordered(JSON.readValue(JSON.writeValueAsString(company.answers()), Map.class)));
		for (String rec : company.scenario().expect().recommendations()) {
			WebElement article = HeadlessChromium.reveal(browser.findElement(By.id("rec-" + rec)));
			assertThat(article.findElement(By.tagName("h3")).getText())
				.isEqualTo(engine.knowledgeBase().recommendation(rec).orElseThrow().title().get(lang));
		}
		for (String finding : company.scenario().expect().findings()) {
			assertThat(browser.findElements(By.id("finding-" + finding))).hasSize(1);
		}
	}

	/** Answers with multiple choices as sets: the order of ticked boxes means nothing. */
	private static Map<Object, Object> unordered(Map<?, ?> answers) {
		Map<Object, Object> copy = new LinkedHashMap<>();
		answers.forEach((k, v) -> copy.put(k, v instanceof List<?> list ? new HashSet<>(list) : v));
		return copy;
	}

	private static List<String> questionsOf(Section section) {
		return section.questions().stream().map(q -> q.id()).toList();
	}

	/** Answers every shown question of the page the way the company would. */
	private static void fillPage(WebDriver browser, Map<String, Object> answers) {
		for (WebElement field : browser.findElements(By.cssSelector("#section-form .question"))) {
			String id = field.getAttribute("id").substring("field-".length());
			if (!field.isDisplayed() || !answers.containsKey(id)) {
				continue;
			}
			Object value = answers.get(id);
			List<WebElement> choices = field.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
			if (choices.isEmpty()) {
				WebElement input = field.findElement(By.cssSelector("input[type=text]"));
				input.clear();
				input.sendKeys(plain(value));
				continue;
			}
			List<String> wanted = formValues(value);
			for (WebElement choice : choices) {
				if (choice.isSelected() && !wanted.contains(choice.getAttribute("value"))) {
					choice.click();
				}
			}
			for (WebElement choice : choices) {
				if (!choice.isSelected() && wanted.contains(choice.getAttribute("value"))) {
					choice.click();
				}
			}
		}
	}

	private static void assertChecked(WebDriver browser, Map<String, Object> answers, String... questions) {
		assertChecked(browser, answers, List.of(questions));
	}

	/** The page shows exactly these answers for these questions (where shown). */
	private static void assertChecked(WebDriver browser, Map<String, Object> answers, List<String> questions) {
		for (String id : questions) {
			List<WebElement> fields = browser.findElements(By.id("field-" + id));
			if (fields.isEmpty() || !fields.get(0).isDisplayed() || !answers.containsKey(id)) {
				continue;
			}
			Object value = answers.get(id);
			List<WebElement> choices = fields.get(0)
				.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
			if (choices.isEmpty()) {
				assertThat(fields.get(0).findElement(By.cssSelector("input[type=text]")).getAttribute("value")).as(id)
					.isEqualTo(plain(value));
				continue;
			}
			List<String> wanted = formValues(value);
			List<String> checked = choices.stream()
				.filter(WebElement::isSelected)
				.map(c -> c.getAttribute("value"))
				.toList();
			assertThat(checked).as(id).containsExactlyInAnyOrderElementsOf(wanted);
		}
	}

	/** The form values (option ids, yes/no, a number) an answer is entered as. */
	private static List<String> formValues(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(value instanceof Boolean yes ? (yes ? "yes" : "no") : plain(value));
	}

	private static String plain(Object value) {
		if (value instanceof Double d && d == Math.rint(d)) {
			return String.valueOf(d.longValue());
		}
		return String.valueOf(value);
	}

	private static void next(WebDriver browser) {
		navigate(browser, browser.findElement(By.cssSelector(".form-nav button[value=next]")));
	}

	private static void submit(WebDriver browser) {
		navigate(browser, browser.findElement(By.cssSelector("form.submit-form button[type=submit]")));
	}

	/**
	 * Clicks and waits until the next page has replaced this one and finished loading.
	 */
	private static void navigate(WebDriver browser, WebElement control) {
		HeadlessChromium.navigate(browser, control);
	}

	private static String heading(WebDriver browser) {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private String message(String key, Lang lang) {
		return messages.getMessage(key, null, lang.locale());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static LoadedScenario scenario(String id) {
		return ScenarioLoader.load(TestContent.RULES)
			.stream()
			.filter(s -> s.scenario().id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** A fresh Chromium with its own empty profile, asking for pages in this language. */

}
