package org.steppingstone.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swagger UI runs under its Content Security Policy: it renders every endpoint of the
 * OpenAPI description and calls the API from "Try it out", and the browser reports no
 * violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsBrowserTests {

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@BeforeAll
	void startBrowser() throws Exception {
		Browser.assumeAvailable();
		this.driver = Browser.start(1280, 900);
		// Records every Content Security Policy violation from the first script on.
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
						+ "(e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void shouldRenderTheApiAndTryItOutWithoutAPolicyViolation() {
		this.driver.get("http://localhost:" + this.port + "/swagger-ui.html");
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".opblock"), 8));
		assertThat(this.driver.findElement(By.cssSelector(".info .title")).getText()).startsWith("Stepping Stone API");
		List<String> paths = this.driver.findElements(By.cssSelector(".opblock-summary-path"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(paths).contains("/api/v1/programs", "/api/v1/programs/{id}", "/api/v1/sources");

		WebElement degrees = this.driver.findElement(By.id("operations-Degrees-listDegrees"));
		degrees.findElement(By.cssSelector(".opblock-summary-control")).click();
		wait.until(ExpectedConditions.elementToBeClickable(degrees.findElement(By.cssSelector(".try-out__btn"))))
			.click();
		wait.until(ExpectedConditions.elementToBeClickable(degrees.findElement(By.cssSelector(".execute")))).click();
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By
			.cssSelector("#operations-Degrees-listDegrees .live-responses-table " + ".response .response-col_status")));
		assertThat(status.getText()).isEqualTo("200");
		assertThat(degrees.findElement(By.cssSelector(".live-responses-table .microlight")).getText())
			.contains("\"totalItems\": 24");

		Object violations = this.driver.executeScript("return window.cspViolations;");
		assertThat((List<?>) violations).isEmpty();
	}

}
