package org.steppingstone.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's journey in a real browser, with the mouse, with the keyboard alone, and on
 * a phone-sized window.
 */
@BrowserTest
class BrowserJourneyTests {

	static final List<String> PAGES = List.of("/", "/compare", "/programs", "/programs?field=engineering&sort=price",
			"/programs?maxPrice=abc", "/programs/mitx-supply-chain-management",
			"/programs/mitx-statistics-and-data-science", "/degrees", "/degrees/mit-masters-supply-chain-management",
			"/pathways", "/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management",
			"/institutions", "/institutions/mit", "/sources", "/changes", "/coverage", "/calculator",
			"/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management&price=abc",
			"/compare/credentials?item=program:mitx-supply-chain-management&item=degree:mit-masters-supply-chain-management&item=program:adelaidex-big-data&item=degree:gatech-online-ms-analytics",
			"/routes?field=business-management&maxCost=40000",
			"/routes?field=data-science-analytics&rateFrom=HKD&rate=0.128&includeHistorical=true",
			"/routes?field=business-management&maxCost=abc&sort=cheap", "/routes", "/routes?country=HK&currency=EUR",
			"/routes?delivery=online&region=europe",
			"/routes?field=environment-sustainability&delivery=blended&region=mars",
			"/calculator?program=mitx-statistics-and-data-science&degree=gatech-online-ms-analytics",
			"/compare/credentials?item=program:mitx-statistics-and-data-science&item=degree:gatech-online-ms-analytics",
			"/calculator?pathway=hkustx-big-data-technology-to-hkust-msc-big-data-technology&currency=EUR",
			"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management?currency=EUR",
			"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management?currency=XYZ",
			"/programs/hkustx-big-data-technology", "/programs/hkustx-big-data-technology?currency=EUR",
			"/programs/mitx-supply-chain-management?currency=XYZ",
			"/compare/credentials?item=program:hkustx-big-data-technology&item=degree:hkust-msc-information-technology&currency=EUR",
			"/no-such-page");

	private final Browser browser;

	BrowserJourneyTests(Browser browser) {
		this.browser = browser;
		browser.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@Test
	void shouldTakeALearnerFromTheQuestionToAComparison() {
		WebDriver d = this.browser.driver();
		d.get(url("/"));
		assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Is a MicroMasters a degree?");
		d.findElement(By.linkText("Compare it with a Master's")).click();
		assertThat(d.findElements(By.cssSelector("table.comparison tbody tr"))).hasSize(7);

		d.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Programs")).click();
		// Selenium takes what is inside a closed details element for hidden, even where
		// the style sheet shows it, as here on a wide screen (PhoneLayoutTests asks the
		// browser).
		((JavascriptExecutor) d).executeScript("document.querySelector('.filter-panel').open = true;");
		new Select(d.findElement(By.id("field"))).selectByVisibleText("Data Science & Analytics");
		new Select(d.findElement(By.id("sort"))).selectByValue("price");
		d.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("sort=price"));
		assertThat(d.getCurrentUrl()).contains("field=data-science-analytics", "sort=price");
		List<WebElement> titles = d.findElements(By.cssSelector(".program-card h3 a"));
		assertThat(titles.get(0).getText()).isEqualTo("MicroMasters Program in Big Data");
		assertThat(d.findElement(By.id("results-heading")).getText()).endsWith("of 25 open programs");

		d.findElement(By.linkText("MicroMasters Program in Statistics and Data Science")).click();
		assertThat(d.findElement(By.tagName("h1")).getText())
			.isEqualTo("MicroMasters Program in Statistics and Data Science");
		d.findElement(By.cssSelector(".pathway-card h3 a")).click();
		assertThat(d.findElement(By.id("route-heading")).isDisplayed()).isTrue();

		d.get(url("/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management"));
		assertThat(d.findElement(By.cssSelector("table.results tbody tr")).getText()).contains("US$38,350");
		WebElement tuition = d.findElement(By.id("tuition"));
		tuition.clear();
		tuition.sendKeys("80000");
		d.findElement(By.cssSelector("form.calculator-form button[type=submit]")).click();
		// On a loaded machine the click can return before the form's navigation starts.
		new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/calculator?"));
		assertThat(d.getCurrentUrl()).contains("/calculator?", "tuition=80000");
		assertThat(d.findElement(By.cssSelector("table.results tbody tr")).getText()).contains("US$41,350");
		assertThat(d.findElement(By.cssSelector("table.inputs")).getText()).contains("your figure");

		d.get(url("/programs"));
		d.findElement(By.cssSelector("label[for=compare-mitx-supply-chain-management]")).click();
		d.findElement(By.cssSelector("label[for=compare-adelaidex-big-data]")).click();
		d.findElement(By.cssSelector(".compare-bar button")).click();
		List<WebElement> columns = d.findElements(By.cssSelector("table.side-by-side thead a.credential-title"));
		assertThat(columns).extracting(WebElement::getText)
			.containsExactlyInAnyOrder("MicroMasters Program in Supply Chain Management",
					"MicroMasters Program in Big Data");
		assertThat(d.findElement(By.cssSelector("table.side-by-side")).getText()).contains("US$985.50 (2022)");
	}

	@Test
	void shouldFindARouteWithConstraintsAndOpenItsCalculator() {
		WebDriver d = this.browser.driver();
		d.get(url("/"));
		d.findElement(By.linkText("Find your route")).click();
		assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Find your route to a Master's");
		// As on /programs: Selenium takes the closed details' content for hidden, though
		// the style sheet shows it on a wide screen before a search.
		((JavascriptExecutor) d).executeScript("document.querySelector('.filter-panel').open = true;");
		new Select(d.findElement(By.id("field"))).selectByVisibleText("Business & Management");
		d.findElement(By.id("maxCost")).sendKeys("40000");
		new Select(d.findElement(By.id("sort"))).selectByValue("months");
		d.findElement(By.cssSelector("form.route-form button[type=submit]")).click();
		new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("maxCost=40000"));
		assertThat(d.getCurrentUrl()).contains("field=business-management", "sort=months");
		WebElement first = d.findElement(By.cssSelector("ol.route-list > li"));
		assertThat(first.getText()).contains("1.", "Supply Chain Management", "US$38,350 · 17–29 months");
		assertThat(d.findElement(By.id("unranked-heading")).getText()).endsWith("we cannot total yet");
		// After the search the form is folded to its one-line question, on a desktop too.
		assertThat((Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].checkVisibility();",
				d.findElement(By.id("field"))))
			.isFalse();

		first.findElement(By.cssSelector("details.route-details > summary")).click();
		first.findElement(By.linkText("This route in the calculator")).click();
		assertThat(d.findElement(By.cssSelector("table.results tbody tr")).getText()).contains("US$38,350");
		WebElement tuition = d.findElement(By.id("tuition"));
		tuition.clear();
		tuition.sendKeys("60000");
		d.findElement(By.cssSelector("form.calculator-form button[type=submit]")).click();
		new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("tuition=60000"));
		// 1,350 + 60,000 × 50 / 100 = 31,350.
		assertThat(d.findElement(By.cssSelector("table.results tbody tr")).getText()).contains("US$31,350");
	}

	@Test
	void shouldWorkWithTheKeyboardAloneWithVisibleFocus() {
		WebDriver d = this.browser.driver();
		d.get(url("/"));
		WebElement body = d.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement skip = d.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(skip.getCssValue("outline-style")).isNotEqualTo("none");
		assertThat(tabTo(d, "Programs")).isTrue();
		assertThat(d.switchTo().activeElement().getCssValue("outline-style")).isNotEqualTo("none");
		d.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(d.getCurrentUrl()).endsWith("/programs");
		assertThat(tabTo(d, "MicroMasters Program in Algorithms and Data Structures")).isTrue();
		d.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(d.findElement(By.tagName("h1")).getText())
			.isEqualTo("MicroMasters Program in Algorithms and Data Structures");
	}

	@Test
	void shouldNotScrollSidewaysOnAPhone() throws Exception {
		try (Browser phone = this.browser.sized(375, 812)) {
			for (String page : PAGES) {
				Number overflow = (Number) phone.open(page)
					.executeScript(
							"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(overflow.intValue()).as("horizontal overflow of %s at 375 px", page).isLessThanOrEqualTo(0);
			}
		}
	}

	private static boolean tabTo(WebDriver d, String text) {
		for (int i = 0; i < 80; i++) {
			d.switchTo().activeElement().sendKeys(Keys.TAB);
			if (text.equals(d.switchTo().activeElement().getText())) {
				return true;
			}
		}
		return false;
	}

	private String url(String path) {
		return this.browser.url(path);
	}

}
