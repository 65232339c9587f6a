package org.steppingstone.browser;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD data blocks live with the strict Content Security Policy: Chromium runs no
 * script and reports no violation or error in its console on the pages that carry one
 * (nor a failed request, such as a missing icon).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleTests {

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

	@ParameterizedTest
	@ValueSource(strings = { "/programs/mitx-supply-chain-management", "/programs?field=engineering",
			"/degrees/mit-masters-supply-chain-management", "/" })
	void shouldLoadWithACleanConsole(String path) {
		this.driver.manage().logs().get(LogType.BROWSER);
		this.driver.get("http://localhost:" + this.port + path);
		assertThat(this.driver.findElements(By.tagName("h1"))).hasSize(1);
		List<String> console = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.toList();
		assertThat(console).as("console of %s", path).isEmpty();
	}

}
