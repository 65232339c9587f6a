package org.steppingstone.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD data blocks live with the strict Content Security Policy: Chromium runs no
 * script and reports no violation or error in its console on the pages that carry one
 * (nor a failed request, such as a missing icon).
 */
@BrowserTest
class ConsoleTests {

	@ParameterizedTest
	@ValueSource(strings = { "/programs/mitx-supply-chain-management", "/programs?field=engineering",
			"/degrees/mit-masters-supply-chain-management", "/" })
	void shouldLoadWithACleanConsole(String path, Browser browser) {
		browser.console();
		assertThat(browser.open(path).findElements(By.tagName("h1"))).hasSize(1);
		assertThat(browser.console()).as("console of %s", path).isEmpty();
	}

}
