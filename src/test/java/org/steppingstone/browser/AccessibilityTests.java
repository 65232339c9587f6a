package org.steppingstone.browser;

import com.deque.html.axecore.results.Results;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in Chromium on every page type: no violation at any impact level, in the light
 * and the dark scheme.
 */
@BrowserTest
class AccessibilityTests {

	@ParameterizedTest
	@FieldSource("org.steppingstone.browser.BrowserJourneyTests#PAGES")
	void shouldHaveNoAccessibilityViolations(String page, Browser browser) {
		browser.open(page);
		Results results = browser.axe();
		assertThat(results.getViolations()).as(Browser.describe(results.getViolations())).isEmpty();
		assertThat(results.getPasses()).isNotEmpty();
	}

}
