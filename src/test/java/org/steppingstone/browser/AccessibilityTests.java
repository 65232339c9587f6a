package org.steppingstone.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in Chromium on every page type: no violation at any impact level, in the light
 * and the dark scheme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTests {

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@BeforeAll
	void startBrowser() throws Exception {
		Browser.assumeAvailable();
		this.driver = Browser.start(1280, 900);
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	static List<String> pages() {
		return BrowserJourneyTests.PAGES;
	}

	@ParameterizedTest
	@MethodSource("pages")
	void shouldHaveNoAccessibilityViolations(String page) {
		this.driver.get("http://localhost:" + this.port + page);
		Results results = new AxeBuilder().analyze(this.driver);
		assertThat(results.getViolations()).as(describe(results.getViolations())).isEmpty();
		assertThat(results.getPasses()).isNotEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map((n) -> String.valueOf(n.getTarget()))
						.limit(3)
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
