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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin changes the advice without a developer and without a restart, in real headless
 * Chromium: signs in, opens a draft, edits a rule file in the highlighting editor, saves
 * (the draft is checked), publishes, sees the change in a new evaluation, and rolls back,
 * after which a new evaluation is as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "advisor.security.admin-password=browser-test-admin-password")
class RuleAuthoringBrowserIT extends BrowserTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OWNER_ROLE = "rules/recommendations/owner-role.drl";

	private static final TrialChange TRIAL = TrialChange.create();

	/** The recommendation the trial rule adds for the solo owner. */
	private static final String ADDED = TRIAL.recommendation();

	@LocalServerPort
	int port;

	/** Another browser test sharing this application may have published before. */
	@Autowired
	RuleSetVersions versions;

	@Test
	void anAdminEditsARulePublishesSeesTheChangeInANewEvaluationAndRollsBack() throws Exception {
		assertThat(evaluate()).doesNotContain(ADDED);

		WebDriver browser = browser("en");
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("browser-test-admin-password");
		navigate(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		browser.get(url("/consultant/rules?lang=en"));
		int live = versions.liveNumber();
		assertThat(browser.findElement(By.id("live-version")).getText()).contains("version " + live);

		browser.findElement(By.id("draft-message")).sendKeys("One more recommendation for a trial");
		navigate(browser, browser.findElement(By.cssSelector("#new-draft button")));
		String draftUrl = browser.getCurrentUrl();
		navigate(browser, browser.findElement(By.linkText(OWNER_ROLE)));

		// the editor is CodeMirror, loaded from the app's own WebJar, highlighting DRL
		WebElement editor = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector(".CodeMirror")));
		assertThat(editor.findElements(By.cssSelector(".cm-keyword"))).isNotEmpty();
		JavascriptExecutor js = (JavascriptExecutor) browser;
		String original = (String) js
			.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
		assertThat(original).contains("rule \"");

		// first a mistake: saved, but the draft does not build and says where
		js.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
				original.replaceFirst("\nthen", "\n    Answer(\nthen"));
		navigate(browser, browser.findElement(By.cssSelector("#editor-form button[type=submit]")));
		assertThat(browser.findElement(By.id("problems")).getText()).containsPattern("owner-role\\.drl:\\d+:\\d+");

		// then the change itself: one more rule, typed at the end of the file
		String trialRule = TRIAL.drl().substring(TRIAL.drl().indexOf("rule \""));
		js.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
				original + "\n" + trialRule);
		navigate(browser, browser.findElement(By.cssSelector("#editor-form button[type=submit]")));
		assertThat(browser.findElement(By.id("saved")).getText()).contains("The draft builds");
		assertThat(browser.findElements(By.id("problems"))).isEmpty();

		browser.get(draftUrl);
		assertThat(browser.findElement(By.cssSelector(".diff__summary")).getText()).contains(OWNER_ROLE);
		assertThat(evaluate()).as("a draft is not live").doesNotContain(ADDED);
		navigate(browser, browser.findElement(By.cssSelector("form.publish-form button[type=submit]")));
		assertThat(done(browser)).isEqualTo("Version " + (live + 1) + " is live.");
		assertThat(evaluate()).as("published without a restart").contains(ADDED);

		// the differences between the versions name the file
		navigate(browser, browser.findElement(By.cssSelector("#version-" + (live + 1) + " a[href*='diff']")));
		assertThat(browser.findElement(By.cssSelector(".diff__summary")).getText()).contains(OWNER_ROLE);
		assertThat(browser.findElements(By.cssSelector(".diff-line--added"))).isNotEmpty();

		browser.get(url("/consultant/rules?lang=en"));
		navigate(browser, browser.findElement(By.cssSelector("#version-" + live + " .rollback-form button")));
		// the rollback's impact on stored reports first, then the confirmation
		WebElement confirm = new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
			.until(d -> d.findElement(By.id("rollback-confirm")));
		navigate(browser, confirm);
		assertThat(done(browser))
			.isEqualTo("Rolled back: the content of version " + live + " is live again as version " + (live + 2) + ".");
		assertThat(evaluate()).doesNotContain(ADDED);
	}

	/**
	 * A new evaluation of a known company through the public API; the recommendation ids.
	 */
	private List<String> evaluate() throws Exception {
		String body = JSON.writeValueAsString(
				Map.of("lang", "en", "answers", TestContent.scenarioAnswers("solo-owner-does-everything")));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/evaluations")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		for (JsonNode rec : JSON.readTree(response.body()).get("recommendations")) {
			ids.add(rec.get("id").asString());
		}
		return ids;
	}

	/**
	 * The notice a publish or rollback leads to; if it never comes, the page's own text,
	 * so that a failure says what the page showed instead.
	 */
	private static String done(WebDriver browser) {
		try {
			return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
				.until(d -> d.findElement(By.id("done")))
				.getText();
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("no #done notice on " + browser.getCurrentUrl() + ": "
					+ browser.findElement(By.tagName("body")).getText(), ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void navigate(WebDriver browser, WebElement control) {
		HeadlessChromium.navigate(browser, control);
	}

}
