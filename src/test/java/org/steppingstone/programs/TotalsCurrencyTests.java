package org.steppingstone.programs;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's currency on the program page's cheapest route and the comparison's,
 * computed by hand from catalog/rates.json (June 2026 averages per US dollar: EUR 0.8684,
 * HKD 7.8377):
 * <ul>
 * <li>MIT's SCM MicroMasters (US$1,350) to its Master's (US$74,000, half credited): US$1
 * = €0.8684; US$1,350 = €1,172.34; US$74,000 = €64,261.60, half of it €32,130.80; in all
 * €33,303.14 (US$38,350).</li>
 * <li>HKUST's Big Data MicroMasters (US$1,450) to its MSc in Information Technology
 * (HK$147,000, charged in full): HK$1 = 0.8684 ÷ 7.8377 = €0.11079781058219 (14 places);
 * HK$147,000 = €16,287.28; US$1,450 = €1,259.18; in all €17,546.46.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
class TotalsCurrencyTests {

	private static final String SCM = "mitx-supply-chain-management";

	private static final String SCM_ROUTE = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";

	private static final String HKUST = "hkustx-big-data-technology";

	private static final String HKUST_ROUTE = "hkustx-big-data-technology-to-hkust-msc-information-technology";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldTotalTheProgramsCheapestRouteInEuros() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/" + SCM + "?currency=EUR");
		assertThat(cheapest(page).text())
			.startsWith("Cheapest route we can total: €33,303.14, with Massachusetts Institute of Technology's");
		assertThat(page.select("#currency option[selected]").eachAttr("value")).containsExactly("EUR");
		assertThat(cheapest(Pages.fetch(this.mvc, "/programs/" + SCM)).text())
			.startsWith("Cheapest route we can total: US$38,350, with Massachusetts Institute of Technology's");
	}

	@Test
	void shouldShowEachPublishedAmountBesideItsConversion() throws Exception {
		Element cheapest = cheapest(Pages.fetch(this.mvc, "/programs/" + HKUST + "?currency=EUR"));
		assertThat(cheapest.text()).startsWith("Cheapest route we can total: €17,546.46")
			.contains("(US$1,450 ≈ €1,259 at the June 2026 average rate, Federal Reserve)",
					"(HK$147,000 ≈ €16,287 at the June 2026 average rate, Federal Reserve)");
		assertThat(cheapest.select("a").attr("href")).isEqualTo("/pathways/" + HKUST_ROUTE + "?currency=EUR");

		Element route = Pages
			.fetch(this.mvc,
					"/compare/credentials?item=program:" + HKUST
							+ "&item=degree:hkust-msc-information-technology&currency=EUR")
			.selectFirst("table.side-by-side tbody tr#row-route");
		assertThat(route.select("td").get(0).text()).startsWith("€17,546.46")
			.contains("(HK$147,000 ≈ €16,287 at the June 2026 average rate, Federal Reserve)");
		assertThat(route.select("td").get(1).text()).startsWith("€17,546.46");
		assertThat(route.select("td").get(0).select("a").attr("href"))
			.isEqualTo("/pathways/" + HKUST_ROUTE + "?currency=EUR");
	}

	@Test
	void shouldCarryTheCurrencyOnEveryLinkThatTotals() throws Exception {
		Element card = Pages.fetch(this.mvc, "/routes?currency=EUR")
			.selectFirst("article.route-card:has(h3 a[href=/pathways/" + SCM_ROUTE + "?currency=EUR])");
		assertThat(card.select("a[href^=/programs/]").eachAttr("href"))
			.containsExactly("/programs/" + SCM + "?currency=EUR");

		Document program = Pages.fetch(this.mvc, "/programs/" + SCM + "?currency=EUR");
		assertThat(program.select("main a[href^=/pathways/]").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.endsWith("?currency=EUR"));
		assertThat(program.select("main a[href^=/routes]").eachAttr("href"))
			.containsExactly("/routes?program=" + SCM + "&currency=EUR");
		assertThat(program.select("form.compare-bar input[name=currency]").eachAttr("value")).containsExactly("EUR");
		// The canonical address stays the program's own: a currency makes no new page.
		assertThat(program.selectFirst("link[rel=canonical]").attr("href")).endsWith("/programs/" + SCM);

		Document comparison = Pages.fetch(this.mvc, "/compare/credentials?item=program:" + SCM
				+ "&item=degree:mit-masters-supply-chain-management&currency=EUR");
		assertThat(comparison.select("a.credential-title").eachAttr("href"))
			.contains("/programs/" + SCM + "?currency=EUR");
		assertThat(comparison.select("table a[href^=/pathways/]").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.endsWith("?currency=EUR"));
		assertThat(comparison.select("a.remove").eachAttr("href")).allMatch((href) -> href.endsWith("&currency=EUR"));
		assertThat(comparison.select("form.add-form input[name=currency]").eachAttr("value")).containsExactly("EUR");
		assertThat(comparison.selectFirst("link[rel=canonical]").attr("href")).doesNotContain("currency");

		// In US dollars, the default, the links carry nothing.
		assertThat(Pages.fetch(this.mvc, "/programs/" + SCM).select("main a[href*=currency]")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "eur | ISO 4217 code of three capital letters", "XYZ | no ISO 4217 currency has this code",
					"XAU | we have no reference rate for this currency",
					"%3Cscript%3E | ISO 4217 code of three capital letters" })
	void shouldRefuseACurrencyWithoutARateBesideItsField(String currency, String message) throws Exception {
		Document program = Pages.fetch(this.mvc, "/programs/" + SCM + "?currency=" + currency, 400);
		assertThat(program.selectFirst(".error-summary").text()).contains("Currency: ", message);
		assertThat(program.getElementById("currency-error").text()).contains(message);
		assertThat(program.getElementById("currency").attr("aria-invalid")).isEqualTo("true");
		assertThat(cheapest(program).text()).startsWith("Cheapest route we can total: US$38,350");
		assertThat(program.select("header nav")).hasSize(1);
		assertThat(program.select("script:not([type=application/ld+json])").outerHtml()).doesNotContain("<script>");

		Document comparison = Pages.fetch(this.mvc, "/compare/credentials?item=program:" + SCM
				+ "&item=degree:mit-masters-supply-chain-management&currency=" + currency, 400);
		assertThat(comparison.getElementById("currency-error").text()).contains(message);
		// The other inputs are kept: both credentials, in US dollars.
		assertThat(comparison.select("form.currency-form input[name=item]").eachAttr("value"))
			.containsExactly("program:" + SCM, "degree:mit-masters-supply-chain-management");
		assertThat(comparison.selectFirst("tr#row-route td").text()).startsWith("US$38,350");
		assertThat(comparison.select("header nav")).hasSize(1);
	}

	private static Element cheapest(Document page) {
		return page.select(".answer-items li")
			.stream()
			.filter((li) -> li.text().startsWith("Cheapest route"))
			.findFirst()
			.orElseThrow();
	}

}
