package org.steppingstone.pathways;

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
 * The learner's currency on the calculator and the pathway page, by hand from
 * catalog/rates.json (June 2026 averages per US dollar: EUR 0.8684, HKD 7.8377):
 * <ul>
 * <li>MIT SCM in euros: 1,350 × 0.8684 = 1,172.34; 74,000 × 0.8684 = 64,261.60, half of
 * it 32,130.80; so 33,303.14 against 64,261.60, 30,958.46 less.</li>
 * <li>HKUST Big Data in euros: HK$1 = 0.8684 ÷ 7.8377 = €0.11079781058219 (14 places);
 * HK$242,000 = €26,813.07; US$1,450 = €1,259.18; charged in full: €28,072.25.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalculatorCurrencyTests {

	private static final String SCM = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";

	private static final String HKUST = "hkustx-big-data-technology-to-hkust-msc-big-data-technology";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldTotalTheHkustRouteInEurosAtTheReferenceRateKeepingEachAmountAsPublished() throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST + "&currency=EUR");
		Element results = page.selectFirst("table.results");
		assertThat(results.selectFirst("caption").text()).isEqualTo("The two routes, in EUR and months");
		assertThat(results.select("tbody tr").get(0).text()).contains("€28,072.25");
		assertThat(results.select("tbody tr").get(1).text()).contains("€26,813.07");
		assertThat(page.selectFirst(".currency-notice").text()).contains("MicroMasters price: US$1,450",
				"US$1,450 ≈ €1,259 at the June 2026 average rate (Federal Reserve)", "Master's tuition: HK$242,000",
				"HK$242,000 ≈ €26,813 at the June 2026 average rate (Federal Reserve)");
		Element inputs = page.selectFirst("table.inputs");
		assertThat(inputs.select("tbody tr").get(0).text()).contains("€1,259.18",
				"US$1,450 at the June 2026 average rate (Federal Reserve)");
		assertThat(inputs.select("tbody tr").get(1).text()).contains("€26,813.07",
				"HK$242,000 at the June 2026 average rate (Federal Reserve)");
		assertThat(page.select("select#currency option[selected]").eachAttr("value")).containsExactly("EUR");
		assertThat(page.selectFirst("label[for=price]").text()).isEqualTo("MicroMasters price (€)");
		assertThat(page.selectFirst("label[for=rate]").text()).isEqualTo("Exchange rate: EUR for 1 USD");
	}

	@Test
	void shouldTotalTheHkustRouteInUsDollarsAsBefore() throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST);
		Element results = page.selectFirst("table.results");
		assertThat(results.selectFirst("caption").text()).isEqualTo("The two routes, in US dollars and months");
		assertThat(results.select("tbody tr").get(0).text()).contains("US$32,326.41");
		assertThat(page.selectFirst(".currency-notice").text())
			.contains("HK$242,000 ≈ US$30,876 at the June 2026 average rate (Federal Reserve)");
		// Nothing chosen: the menu's first entry, US dollars.
		assertThat(page.select("select#currency option[selected]")).isEmpty();
		assertThat(page.selectFirst("select#currency option").val()).isEqualTo("USD");
	}

	@Test
	void shouldLetTheLearnersRateOverrideTheReferenceRateInTheirCurrency() throws Exception {
		// The form's rate converts the first figure in another currency, here the price
		// in US dollars: US$1,450 × 0.9 = €1,305; the tuition still at the reference
		// rate, €26,813.07; in all €28,118.07.
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST + "&currency=EUR&rate=0.9");
		assertThat(page.selectFirst("table.results tbody tr").text()).contains("€28,118.07");
		assertThat(page.selectFirst(".currency-notice").text())
			.contains("Converted at your exchange rate of 1 USD = 0.9 EUR: €1,305");
		assertThat(page.select("table.inputs tbody tr").get(0).text()).contains("€1,305",
				"US$1,450 at your rate, 1 USD = 0.9 EUR");
	}

	@Test
	void shouldTotalTheScmRouteInEurosAlikeOnTheCalculatorAndThePathwayPage() throws Exception {
		Document calculator = Pages.fetch(this.mvc, "/calculator?pathway=" + SCM + "&currency=EUR");
		Element results = calculator.selectFirst("table.results");
		assertThat(results.select("tbody tr").get(0).text()).contains("€33,303.14", "17–29 months");
		assertThat(results.select("tbody tr").get(1).text()).contains("€64,261.60", "10 months");
		assertThat(results.selectFirst("tfoot").text()).contains("costs €30,958.46 less");
		assertThat(calculator.selectFirst(".currency-notice").text())
			.contains("US$74,000 ≈ €64,262 at the June 2026 average rate (Federal Reserve)");
		// The breadcrumbs name the pathway they link to, in the learner's currency.
		Document pathway = Pages.fetch(this.mvc, "/pathways/" + SCM + "?currency=EUR");
		assertThat(calculator.select("nav.breadcrumbs a").eachText()).containsExactly("Home", "Pathways",
				pathway.selectFirst("h1").text(), "Calculator");
		assertThat(calculator.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/", "/pathways",
				"/pathways/" + SCM + "?currency=EUR", "/calculator?pathway=" + SCM + "&currency=EUR");

		assertThat(pathway.select(".answer-items li").eachText()).contains(
				"MicroMasters route: €33,303.14, 17–29 months.",
				"Master's alone: US$74,000 tuition (≈ €64,262 at the June 2026 average rate, Federal Reserve), 10 months.");
		assertThat(pathway.selectFirst("table.results tbody tr").text()).contains("€33,303.14");
		assertThat(pathway.select("select#currency option[selected]").eachAttr("value")).containsExactly("EUR");
		assertThat(pathway.select("form.calculator-form a").attr("href"))
			.isEqualTo("/calculator?pathway=" + SCM + "&currency=EUR");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"XYZ | Currency: no ISO 4217 currency has this code; choose one from the menu",
			"XAU | Currency: we have no reference rate for this currency; choose one from the menu",
			"eur | Currency: choose one from the menu (in an address, an ISO 4217 code of three capital letters, such as USD)" })
	void shouldRefuseACurrencyWithoutARateBesideItsFieldKeepingTheOtherInputs(String currency, String message)
			throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + SCM + "&share=40&currency=" + currency, 400);
		assertThat(page.select(".error-summary li").eachText()).containsExactly(message);
		assertThat(page.getElementById("currency-error").text()).isEqualTo(message);
		assertThat(page.getElementById("currency").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("share").val()).isEqualTo("40");
		assertThat(page.select("table.results")).isEmpty();

		Document pathway = Pages.fetch(this.mvc, "/pathways/" + SCM + "?currency=" + currency, 400);
		assertThat(pathway.getElementById("currency-error").text()).isEqualTo(message);
		// The route is still shown, in US dollars.
		assertThat(pathway.selectFirst("table.results tbody tr").text()).contains("US$38,350");
	}

	@Test
	void shouldCarryTheCurrencyFromTheRouteFinderToThePathwayAndTheCalculator() throws Exception {
		Document routes = Pages.fetch(this.mvc, "/routes?currency=EUR");
		Element card = routes.selectFirst("article.route-card:has(h3 a[href^=/pathways/" + SCM + "])");
		assertThat(card).isNotNull();
		assertThat(card.text()).contains("€33,303.14");
		assertThat(card.select("a[href^=/calculator]").eachAttr("href"))
			.containsOnly("/calculator?pathway=" + SCM + "&currency=EUR");
		assertThat(card.select("a[href^=/pathways/]").eachAttr("href"))
			.containsOnly("/pathways/" + SCM + "?currency=EUR");
	}

}
