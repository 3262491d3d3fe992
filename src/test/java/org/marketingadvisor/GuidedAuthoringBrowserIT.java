package org.marketingadvisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.security.Accounts;
import org.marketingadvisor.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant turns a new piece of advice into a tested, published rule in the browser
 * (real headless Chromium), without a developer or a restart: creates a recommendation in
 * three languages, builds a guided rule that gives it whenever the owner is the
 * bottleneck, writes a scenario for it, previews the impact on stored reports, publishes;
 * a new submission's report shows the recommendation with its "Why"; a rollback removes
 * it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"advisor.security.admin-password=browser-test-admin-password", "advisor.rules.disk-check-interval=1h" })
class GuidedAuthoringBrowserIT extends BrowserTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String REC = "rec.weekly-owner-hour";

	private static final String RULE = "Owner bottleneck: book a weekly marketing hour";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void aConsultantAddsAdviceWithAGuidedRuleAndAScenarioPreviewsPublishesAndRollsBack() throws Exception {
		accounts.create("olena", "a long consultant password", Role.CONSULTANT);
		String before = submit();
		assertThat(reportRecommendations(before)).doesNotContain(REC);

		WebDriver b = browser("en");
		b.get(url("/login?lang=en"));
		b.findElement(By.id("username")).sendKeys("olena");
		b.findElement(By.id("password")).sendKeys("a long consultant password");
		HeadlessChromium.navigate(b, b.findElement(By.cssSelector("form button[type=submit]")));
		b.get(url("/consultant/rules?lang=en"));
		b.findElement(By.id("draft-message")).sendKeys("Weekly marketing hour for busy owners");
		HeadlessChromium.navigate(b, b.findElement(By.cssSelector("#new-draft button")));
		String draftUrl = b.getCurrentUrl();
		HeadlessChromium.navigate(b, b.findElement(By.id("new-guided-rule")));

		// a new recommendation, in three languages
		b.findElement(By.cssSelector("#new-conclusion summary")).click();
		b.findElement(By.id("new-id")).sendKeys("weekly-owner-hour");
		new Select(b.findElement(By.id("new-area"))).selectByValue("owner-role");
		new Select(b.findElement(By.id("new-heuristics"))).selectByValue("h.kongru.single-stakeholder");
		type(b, "new-title-ru", "Выделите час в неделю на маркетинг");
		type(b, "new-title-uk", "Виділіть годину на тиждень на маркетинг");
		type(b, "new-title-en", "Book one hour a week for marketing");
		type(b, "new-text-ru", "Регулярная встреча по результатам вместо срочных вмешательств.");
		type(b, "new-text-uk", "Регулярна зустріч щодо результатів замість термінових втручань.");
		type(b, "new-text-en", "A regular review of results instead of urgent interventions.");
		type(b, "new-action-ru", "Поставьте в календарь еженедельную встречу.");
		type(b, "new-action-uk", "Поставте в календар щотижневу зустріч.");
		type(b, "new-action-en", "Put a weekly review in the calendar.");
		HeadlessChromium.navigate(b, b.findElement(By.cssSelector("#new-conclusion form button[type=submit]")));
		assertThat(b.findElement(By.id("created")).getText()).contains(REC);
		assertThat(new Select(b.findElement(By.id("conclusion"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("recommendation:" + REC);

		// the guided rule: when the owner is the bottleneck, give it
		b.findElement(By.id("name")).sendKeys(RULE);
		changeAndWait(b, "g0.c0.subject", "f:finding.owner-bottleneck");
		assertThat(new Select(b.findElement(By.id("g0.c0.op"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("present");
		assertThat(b.findElement(By.id("drl")).getText()).contains("Finding(id == \"finding.owner-bottleneck\")")
			.contains("insertLogical(new Recommendation(\"" + REC + "\"))");
		HeadlessChromium.navigate(b, b.findElement(By.id("save")));
		assertThat(b.findElement(By.id("guided-saved")).getText()).contains(RULE);

		// a scenario that pins it
		HeadlessChromium.navigate(b, b.findElement(By.id("scenarios-link")));
		HeadlessChromium.navigate(b, b.findElement(By.id("new-scenario")));
		b.findElement(By.id("sc-name")).sendKeys("Solo owner, weekly hour");
		b.findElement(By.id("sc-id")).sendKeys("solo-owner-weekly-hour");
		new Select(b.findElement(By.id("sc-base"))).selectByValue("solo-owner-does-everything");
		WebElement expected = b
			.findElement(By.cssSelector("input[name='expect.recommendations'][value='" + REC + "']"));
		((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView(true);", expected);
		expected.click();
		HeadlessChromium.navigate(b, b.findElement(By.id("save")));
		assertThat(b.findElement(By.id("created")).getText()).contains("browser.solo-owner-weekly-hour");
		assertThat(b.findElement(By.id("summary")).getText()).startsWith("All ");
		assertThat(b.findElements(By.cssSelector("[id='scenario-browser.solo-owner-weekly-hour'].scenario--pass")))
			.hasSize(1);

		// the impact on stored reports
		b.get(draftUrl + "?lang=en");
		HeadlessChromium.navigate(b, b.findElement(By.cssSelector("#impact-form button")));
		WebElement summary = new WebDriverWait(b, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
			.until(d -> d.findElement(By.id("impact-summary")));
		assertThat(summary.getText()).startsWith("1 of 1 reports would change");
		assertThat(b.findElement(By.cssSelector(".impact-counts")).getText())
			.contains("Book one hour a week for marketing");

		// publish, and a new submission gets the advice with its "Why"
		b.get(draftUrl + "?lang=en");
		HeadlessChromium.navigate(b, b.findElement(By.cssSelector("form.publish-form button[type=submit]")));
		assertThat(b.findElement(By.id("done")).getText()).isEqualTo("Version 2 is live.");
		String after = submit();
		b.get(url("/reports/" + after + "?lang=en"));
		WebElement rec = HeadlessChromium.reveal(b.findElement(By.id("rec-" + REC)));
		assertThat(rec.findElement(By.tagName("h3")).getText()).isEqualTo("Book one hour a week for marketing");
		rec.findElement(By.cssSelector("details.why summary")).click();
		assertThat(rec.findElement(By.cssSelector(".why__findings")).getText())
			.contains("The owner is the bottleneck of internet marketing");
		// the consultant reads the rule as its sentence, not by its working name
		assertThat(rec.findElement(By.cssSelector(".rule")).getText())
			.startsWith("Rule: If the finding “The owner is the bottleneck of internet marketing” is made, then: ")
			.doesNotContain(RULE);

		// roll back: the next submission no longer gets it
		b.get(url("/consultant/rules?lang=en"));
		HeadlessChromium.navigate(b, b.findElement(By.cssSelector("#version-1 .rollback-form button")));
		// the rollback's impact on stored reports first, then the confirmation
		WebElement confirm = new WebDriverWait(b, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
			.until(d -> d.findElement(By.id("rollback-confirm")));
		HeadlessChromium.navigate(b, confirm);
		assertThat(b.findElement(By.id("done")).getText())
			.isEqualTo("Rolled back: the content of version 1 is live again as version 3.");
		assertThat(reportRecommendations(submit())).doesNotContain(REC);
	}

	private static void type(WebDriver b, String id, String text) {
		WebElement e = b.findElement(By.id(id));
		e.clear();
		e.sendKeys(text);
	}

	/** Chooses a value in a select that updates the form, and waits for the new page. */
	private static void changeAndWait(WebDriver b, String id, String value) {
		JavascriptExecutor js = (JavascriptExecutor) b;
		js.executeScript("window.__stillHere = true;");
		new Select(b.findElement(By.id(id))).selectByValue(value);
		new WebDriverWait(b, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(js
				.executeScript("return window.__stillHere === undefined && document.readyState === 'complete';")));
	}

	/**
	 * Submits the solo owner's answers through the public API; returns the report token.
	 */
	private String submit() throws Exception {
		String body = JSON.writeValueAsString(
				Map.of("lang", "en", "answers", TestContent.scenarioAnswers("solo-owner-does-everything")));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/assessments")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		return JSON.readTree(response.body()).get("token").asString();
	}

	private List<String> reportRecommendations(String token) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/reports/" + token))).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		List<String> ids = new ArrayList<>();
		for (JsonNode r : JSON.readTree(response.body()).get("recommendations")) {
			ids.add(r.get("id").asString());
		}
		return ids;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
