package org.steppingstone.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium driven by its chromedriver, headless, with a fresh profile and no
 * network of its own, pointed at the application under test.
 */
final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final int port;

	private Browser(ChromeDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	static Browser start(int port, int width, int height) throws Exception {
		Path profile = Files.createDirectories(Path.of("target", "chromium")).resolve("profile-" + System.nanoTime());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
				"--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
				"--window-size=" + width + "," + height);
		// Keeps the console (CSP violations included) readable through console().
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, port);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	ChromeDriver open(String path) {
		this.driver.get(url(path));
		return this.driver;
	}

	/** Another browser on the same application, with a window of this size. */
	Browser sized(int width, int height) throws Exception {
		return start(this.port, width, height);
	}

	/** What the console logged since the last call. */
	List<String> console() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	/** From the next page on, records every Content Security Policy violation. */
	void recordPolicyViolations() {
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
						+ "(e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
	}

	/** The violations recorded on the current page. */
	List<?> policyViolations() {
		return (List<?>) this.driver.executeScript("return window.cspViolations;");
	}

	/** axe-core's verdict on the current page. */
	Results axe() {
		return new AxeBuilder().analyze(this.driver);
	}

	static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map((n) -> String.valueOf(n.getTarget()))
						.limit(3)
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
