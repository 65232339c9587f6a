package org.steppingstone.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 375 × 667 px phone screen (an iPhone SE's viewport), the answer a program or
 * pathway page leads with is on the first screen, without scrolling.
 */
@BrowserTest
class AnswerFirstScreenTests {

	private static final int WIDTH = 375;

	private static final int HEIGHT = 667;

	private final Browser browser;

	AnswerFirstScreenTests(Browser browser) {
		this.browser = browser;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/programs/mitx-supply-chain-management",
			"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management",
			"/degrees/mit-masters-supply-chain-management" })
	void shouldShowTheAnswerOnThePhonesFirstScreen(String page) throws Exception {
		try (Browser phone = this.browser.sized(WIDTH, HEIGHT)) {
			ChromeDriver driver = phone.driver();
			// The window's own frame takes part of a headless window: emulate the phone's
			// viewport instead.
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
			phone.open(page);
			WebElement answer = driver.findElement(By.cssSelector(".answer-first"));
			assertThat(answer.isDisplayed()).isTrue();
			Number viewport = (Number) driver.executeScript("return window.innerHeight;");
			Number bottom = (Number) driver
				.executeScript("return arguments[0].getBoundingClientRect().bottom + window.scrollY;", answer);
			assertThat(viewport.intValue()).isEqualTo(HEIGHT);
			assertThat(bottom.doubleValue()).as("bottom of the answer on %s at %d px", page, WIDTH)
				.isLessThanOrEqualTo(viewport.doubleValue());
		}
	}

	@Test
	void shouldDrawTheRouteChartReadablyOnAPhone() throws Exception {
		try (Browser phone = this.browser.sized(WIDTH, HEIGHT)) {
			ChromeDriver driver = phone.driver();
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
			phone.open("/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management");
			for (WebElement text : driver.findElements(By.cssSelector(".route-chart text"))) {
				Number height = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().height;",
						text);
				assertThat(height.doubleValue()).as("drawn height of '%s'", text.getText()).isGreaterThanOrEqualTo(14);
			}
			for (WebElement item : driver.findElements(By.cssSelector(".route-chart .key-item"))) {
				WebElement key = item.findElement(By.cssSelector(".key"));
				WebElement label = item.findElement(By.cssSelector("span:not(.key)"));
				assertThat(Math.abs(key.getLocation().getY() + key.getSize().getHeight() / 2
						- (label.getLocation().getY() + label.getSize().getHeight() / 2)))
					.as("key beside '%s'", label.getText())
					.isLessThanOrEqualTo(4);
				assertThat(label.getLocation().getX() - (key.getLocation().getX() + key.getSize().getWidth()))
					.as("gap between the key and '%s'", label.getText())
					.isBetween(0, 12);
			}
		}
	}

}
