package org.steppingstone.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swagger UI runs under its Content Security Policy: it renders every endpoint of the
 * OpenAPI description and calls the API from "Try it out", and the browser reports no
 * violation.
 */
@BrowserTest
class ApiDocsBrowserTests {

	@Test
	void shouldRenderTheApiAndTryItOutWithoutAPolicyViolation(Browser browser) {
		browser.recordPolicyViolations();
		ChromeDriver driver = browser.open("/swagger-ui.html");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".opblock"), 9));
		assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).startsWith("Stepping Stone API");
		List<String> paths = driver.findElements(By.cssSelector(".opblock-summary-path"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(paths).contains("/api/v1/programs", "/api/v1/programs/{id}", "/api/v1/sources");

		WebElement degrees = driver.findElement(By.id("operations-Degrees-listDegrees"));
		degrees.findElement(By.cssSelector(".opblock-summary-control")).click();
		// The operation renders its buttons after the click: wait for them by locator,
		// not by element.
		wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#operations-Degrees-listDegrees .try-out__btn"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Degrees-listDegrees .execute")))
			.click();
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By
			.cssSelector("#operations-Degrees-listDegrees .live-responses-table " + ".response .response-col_status")));
		assertThat(status.getText()).isEqualTo("200");
		assertThat(degrees.findElement(By.cssSelector(".live-responses-table .microlight")).getText())
			.contains("\"totalItems\": 27");

		assertThat(browser.policyViolations()).isEmpty();
	}

}
