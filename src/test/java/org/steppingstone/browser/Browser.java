package org.steppingstone.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its chromedriver, headless, with no network of its own.
 * Without them the browser tests are skipped with a message, unless
 * STEPPINGSTONE_REQUIRE_BROWSER=true (as in CI), where they fail instead.
 */
final class Browser {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	static void assumeAvailable() {
		boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!available && "true".equals(System.getenv("STEPPINGSTONE_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("Chromium and chromedriver are required here: "
					+ "apt-get install -y --no-install-recommends chromium chromium-driver");
		}
		Assumptions.assumeTrue(available, "Browser tests skipped: install Chromium with "
				+ "'apt-get install -y --no-install-recommends chromium chromium-driver' to run them.");
	}

	static ChromeDriver start(int width, int height) throws Exception {
		Path profile = Files.createDirectories(Path.of("target", "chromium")).resolve("profile-" + System.nanoTime());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
				"--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
				"--window-size=" + width + "," + height);
		// Keeps the console (CSP violations included) readable through
		// driver.manage().logs().
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

}
