package org.marketingadvisor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test shares: skip without Debian's chromium (fail in CI), a fresh
 * profile for each browser a test opens, and every browser closed after the test.
 */
abstract class BrowserTestSupport {

	@TempDir
	Path profiles;

	/** The browsers this test opened, closed after it. */
	protected final List<WebDriver> drivers = new ArrayList<>();

	@BeforeAll
	static void requireBrowser() {
		HeadlessChromium.require();
	}

	@AfterEach
	void closeBrowsers() {
		drivers.forEach(WebDriver::quit);
	}

	/** A new headless browser in a language, closed after the test. */
	protected WebDriver browser(String language) throws Exception {
		WebDriver driver = HeadlessChromium.start(profiles, language);
		drivers.add(driver);
		return driver;
	}

}
