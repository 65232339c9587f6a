package org.steppingstone.browser;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog and the comparison on a phone's screen (375 by 667 CSS pixels), and the
 * catalog's filters still open on a desktop's, without JavaScript.
 */
@BrowserTest
class PhoneLayoutTests {

	private static final String TWO = "/compare/credentials?item=program:mitx-supply-chain-management"
			+ "&item=degree:mit-masters-supply-chain-management";

	private final Browser browser;

	/** One phone for the class, beside the extension's desktop browser. */
	private static Browser phoneBrowser;

	private final ChromeDriver phone;

	private final ChromeDriver desktop;

	PhoneLayoutTests(Browser browser) throws Exception {
		this.browser = browser;
		this.desktop = browser.driver();
		if (phoneBrowser == null) {
			phoneBrowser = browser.sized(500, 800);
			// A desktop window is at least 500 pixels wide: the phone's screen is
			// emulated.
			phoneBrowser.driver()
				.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						Map.of("width", 375, "height", 667, "deviceScaleFactor", 2, "mobile", true));
		}
		this.phone = phoneBrowser.driver();
	}

	@AfterAll
	static void stopPhone() {
		if (phoneBrowser != null) {
			phoneBrowser.close();
			phoneBrowser = null;
		}
	}

	@Test
	void shouldShowTheFirstProgramOnAPhonesFirstScreenWithTheFiltersFolded() {
		this.phone.get(url("/programs"));
		assertThat(viewport(this.phone)).containsEntry("width", 375L).containsEntry("height", 667L);
		WebElement summary = this.phone.findElement(By.cssSelector(".filter-panel > summary"));
		assertThat(visible(this.phone, summary)).isTrue();
		assertThat(summary.getText()).isEqualTo("Filters: none");
		assertThat(visible(this.phone, this.phone.findElement(By.id("field")))).isFalse();
		assertAboveTheFold(this.phone.findElement(By.cssSelector(".program-card h3 a")));

		this.phone.get(url("/programs?field=engineering"));
		assertThat(this.phone.findElement(By.cssSelector(".filter-panel > summary")).getText())
			.isEqualTo("Filters: Field: Engineering");
		assertAboveTheFold(this.phone.findElement(By.cssSelector(".program-card h3 a")));

		this.phone.get(url("/programs"));
		summary = this.phone.findElement(By.cssSelector(".filter-panel > summary"));
		summary.click();
		assertThat(visible(this.phone, this.phone.findElement(By.id("field")))).isTrue();
	}

	@Test
	void shouldSummariseTheFiltersInUseOnOneLine() {
		this.phone.get(url("/pathways?kind=credit&country=US"));
		WebElement summary = this.phone.findElement(By.cssSelector(".filter-panel > summary"));
		assertThat(summary.getText()).startsWith("Filters: Receiving university's country: United States");
		assertThat(summary.getSize().getHeight()).isLessThan(60);
		assertAboveTheFold(this.phone.findElement(By.cssSelector("table.pathways tbody th a")));
	}

	@Test
	void shouldShowTheFirstDegreeOnAPhonesFirstScreenWithTheFiltersFolded() {
		this.phone.get(url("/degrees?country=US"));
		WebElement summary = this.phone.findElement(By.cssSelector(".filter-panel > summary"));
		assertThat(summary.getText()).isEqualTo("Filters: Country: United States");
		assertThat(summary.getSize().getHeight()).isLessThan(60);
		assertThat(visible(this.phone, this.phone.findElement(By.id("delivery")))).isFalse();
		assertAboveTheFold(this.phone.findElement(By.cssSelector(".program-card .card-title a")));
	}

	@Test
	void shouldShowTheFirstPathwayOnAPhonesFirstScreen() {
		this.phone.get(url("/pathways"));
		assertThat(visible(this.phone, this.phone.findElement(By.id("kind")))).isFalse();
		assertAboveTheFold(this.phone.findElement(By.cssSelector("table.pathways tbody th a")));
	}

	@Test
	void shouldOpenTheFiltersWhenAValueNeedsCorrecting() {
		this.phone.get(url("/programs?maxPrice=abc"));
		assertThat(this.phone.findElement(By.cssSelector(".filter-panel > summary")).getText())
			.isEqualTo("Filters: a value needs correcting");
		assertThat(visible(this.phone, this.phone.findElement(By.id("maxPrice")))).isTrue();
	}

	@Test
	void shouldKeepTheFiltersOpenWithoutASummaryOnADesktop() {
		for (String page : List.of("/programs", "/degrees", "/pathways")) {
			this.desktop.get(url(page));
			assertThat(visible(this.desktop, this.desktop.findElement(By.cssSelector(".filter-panel > summary"))))
				.isFalse();
			assertThat(
					visible(this.desktop, this.desktop.findElement(By.cssSelector("form.filters button[type=submit]"))))
				.isTrue();
			// Reachable from the keyboard, though the details element is closed.
			assertThat(this.desktop
				.executeScript("const b = document.querySelector('form.filters button[type=submit]'); b.focus(); "
						+ "return document.activeElement === b;"))
				.isEqualTo(true);
		}
	}

	@Test
	void shouldShowTwoComparedCredentialsSideBySideWithoutScrollingSideways() {
		this.phone.get(url(TWO));
		assertThat(documentWidth(this.phone)).isLessThanOrEqualTo(375L);
		List<WebElement> titles = this.phone
			.findElements(By.cssSelector("table.side-by-side thead a.credential-title"));
		assertThat(titles).hasSize(2);
		assertWithinTheWidth(titles);
		for (WebElement row : this.phone.findElements(By.cssSelector("table.side-by-side tbody tr"))) {
			List<WebElement> values = row.findElements(By.tagName("td"));
			assertThat(values).hasSize(2);
			assertWithinTheWidth(values);
			// The aspect heads its row, above the values, not beside them (a pixel's
			// rounding allowed).
			WebElement aspect = row.findElement(By.cssSelector("th > span"));
			assertThat(aspect.getRect().getY() + aspect.getRect().getHeight())
				.isLessThanOrEqualTo(values.get(0).getRect().getY() + 1);
		}
		WebElement cost = this.phone.findElement(By.cssSelector("table.side-by-side tr#row-cost"));
		assertThat(cost.findElements(By.tagName("td"))).extracting(WebElement::getText)
			.containsExactly("US$1,350 (2017)", "US$74,000 tuition (2018)");
		WebElement route = this.phone.findElement(By.cssSelector("table.side-by-side tr#row-route"));
		assertWithinTheWidth(route.findElements(By.tagName("td")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/routes", "/routes?field=data-science-analytics&maxCost=15000",
			"/routes?country=HK&currency=EUR" })
	void shouldShowTheFirstRoutesAnswerOnAPhonesFirstScreen(String page) {
		this.phone.get(url(page));
		WebElement summary = this.phone.findElement(By.cssSelector(".filter-panel > summary"));
		assertThat(visible(this.phone, summary)).isTrue();
		assertThat(summary.getText()).startsWith("Your question:");
		assertThat(visible(this.phone, this.phone.findElement(By.id("field")))).isFalse();
		assertAboveTheFold(this.phone.findElement(By.cssSelector(".route-card .route-answer")));
		// The details stay behind their disclosure.
		assertThat(visible(this.phone, this.phone.findElement(By.cssSelector(".route-card dl.facts")))).isFalse();
		assertThat(documentWidth(this.phone)).as(page).isLessThanOrEqualTo(375L);
	}

	@Test
	void shouldKeepTheUnfilteredRouteFinderShortOnAPhone() {
		this.phone.get(url("/routes"));
		// 53,469 px before the compact cards (issue 27); 8,595 px once every card and
		// one-line entry shows its pathway's status and the page names the set it counts
		// (issue 26), under 8,000 px before.
		assertThat((Long) this.phone.executeScript("return document.documentElement.scrollHeight;")).isLessThan(9000L);
	}

	@Test
	void shouldFoldTheRouteFinderAfterASearchOnADesktopToo() {
		this.desktop.get(url("/routes"));
		assertThat(visible(this.desktop, this.desktop.findElement(By.id("field")))).as("no search yet").isTrue();
		this.desktop.get(url("/routes?field=business-management"));
		assertThat(visible(this.desktop, this.desktop.findElement(By.id("field")))).isFalse();
		assertThat(visible(this.desktop, this.desktop.findElement(By.cssSelector(".filter-panel > summary")))).isTrue();
	}

	// Every list of cards, checked on the emulated phone: none may scroll sideways.
	@ParameterizedTest
	@ValueSource(strings = { "/programs", "/degrees", "/sources", "/routes?field=business-management&maxCost=40000" })
	void shouldKeepEveryCardWithinAPhonesWidth(String page) {
		this.phone.get(url(page));
		assertThat(documentWidth(this.phone)).as(page).isLessThanOrEqualTo(375L);
		List<WebElement> cards = this.phone
			.findElements(By.cssSelector(".program-list > li, .sources > li, .route-list > li, .blocked-list > li"));
		assertThat(cards).as(page).isNotEmpty();
		assertWithinTheWidth(cards.subList(0, Math.min(3, cards.size())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/programs", "/pathways?kind=credit", "/programs?maxPrice=abc", TWO })
	void shouldStayAccessibleOnAPhone(String page) {
		this.phone.get(url(page));
		Results results = new AxeBuilder().analyze(this.phone);
		assertThat(results.getViolations()).extracting((rule) -> rule.getId() + ": " + rule.getHelp()).isEmpty();
		assertThat(results.getPasses()).isNotEmpty();
	}

	private void assertAboveTheFold(WebElement element) {
		assertThat(visible(this.phone, element)).isTrue();
		assertThat(element.getRect().getY() + element.getRect().getHeight()).as("bottom of %s", element.getText())
			.isLessThanOrEqualTo(667);
	}

	private static void assertWithinTheWidth(List<WebElement> elements) {
		for (WebElement element : elements) {
			assertThat(element.getRect().getX()).as("left of %s", element.getText()).isGreaterThanOrEqualTo(0);
			assertThat(element.getRect().getX() + element.getRect().getWidth()).as("right of %s", element.getText())
				.isLessThanOrEqualTo(375);
			assertThat(element.getText()).isNotBlank();
		}
	}

	/**
	 * The browser's own answer (Selenium's isDisplayed takes anything in a closed details
	 * element for hidden, whatever the style sheet shows).
	 */
	private static boolean visible(ChromeDriver driver, WebElement element) {
		return (Boolean) driver.executeScript("return arguments[0].checkVisibility();", element);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Long> viewport(ChromeDriver driver) {
		return (Map<String, Long>) driver
			.executeScript("return {width: window.innerWidth, height: window.innerHeight};");
	}

	private static long documentWidth(ChromeDriver driver) {
		return (Long) driver.executeScript("return document.documentElement.scrollWidth;");
	}

	private String url(String path) {
		return this.browser.url(path);
	}

}
