package org.marketingadvisor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven through Debian's chromedriver (both installed by
 * {@code .ci/run}; no test tool downloads a browser), for the browser tests.
 */
final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** Skips the test on a machine without the browser; fails it in CI. */
	static void require() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must provide chromium and chromedriver (installed by .ci/run)");
		}
		Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
	}

	/** A fresh browser with its own profile under {@code profiles}, in a language. */
	static WebDriver start(Path profiles, String language) throws Exception {
		Path profile = Files.createTempDirectory(profiles, "profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile,
				"--lang=" + language);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.toLowerCase(Locale.ROOT)));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** Clicks a control that leaves the page and waits until the next page has loaded. */
	static void navigate(WebDriver browser, WebElement control) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.__stillHere = true;");
		control.click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(js
				.executeScript("return window.__stillHere === undefined && document.readyState === 'complete';")));
	}

	/**
	 * Opens the folded groups around an element, as a reader does by clicking their
	 * summaries, so that its text is shown.
	 */
	static WebElement reveal(WebElement element) {
		for (WebElement details : element.findElements(org.openqa.selenium.By.xpath("ancestor::details"))) {
			if (details.getAttribute("open") == null) {
				details.findElement(org.openqa.selenium.By.xpath("./summary")).click();
			}
		}
		return element;
	}

}
