package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import org.steppingstone.system.Formats;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.item;

/**
 * Amounts are shown as published, in their own currency, and never mixed: HKUST's tuition
 * in Hong Kong dollars meets HKUSTx's price in US dollars on the pathway between them.
 * Expected figures come from the catalog's data file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MoneyInItsOwnCurrencyTests {

	private static final String DEGREE = "hkust-msc-big-data-technology";

	private static final String PATHWAY = "hkustx-big-data-technology-to-hkust-msc-big-data-technology";

	private static final String PROGRAM = "hkustx-big-data-technology";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogFigures figures;

	@Autowired
	private Formats formats;

	@Test
	void theCatalogPublishesAnHkdTuitionBesideAUsdPrice() {
		assertThat(item("degrees", DEGREE).get("tuition").get("currency").asString()).isEqualTo("HKD");
		assertThat(item("degrees", DEGREE).get("tuition").get("value").asInt()).isEqualTo(242000);
		assertThat(item("degrees", DEGREE).get("credit_reduces_tuition").get("value").asBoolean()).isFalse();
		assertThat(item("programs", PROGRAM).get("price").get("currency").asString()).isEqualTo("USD");
		assertThat(item("programs", PROGRAM).get("price").get("value").asInt()).isEqualTo(1450);
	}

	@Test
	void shouldFormatEachCurrencyWithItsOwnSymbol() {
		assertThat(this.formats.money(new BigDecimal("242000"), Currency.getInstance("HKD"))).isEqualTo("HK$242,000");
		assertThat(this.formats.money(new BigDecimal("1350.00"), Currency.getInstance("USD"))).isEqualTo("US$1,350");
		assertThat(this.formats.money(new BigDecimal("985.5"), Currency.getInstance("USD"))).isEqualTo("US$985.50");
		assertThat(this.formats.money(new BigDecimal("36000"), Currency.getInstance("AUD"))).isEqualTo("A$36,000");
		assertThat(this.formats.currencyName(Currency.getInstance("HKD"))).isEqualTo("Hong Kong Dollar (HKD)");
	}

	@Test
	void shouldShowTheTuitionAsPublishedOnThePagesAndInStructuredData() throws Exception {
		Document degree = Pages.fetch(this.mvc, "/degrees/" + DEGREE);
		assertThat(degree.selectFirst(".glance").text()).contains("HK$242,000").doesNotContain("US$242,000");
		String jsonLd = degree.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"priceCurrency\":\"HKD\"").contains("242000");
		Document program = Pages.fetch(this.mvc, "/programs/" + PROGRAM);
		assertThat(program.selectFirst(".glance").text()).contains("US$1,450");
		assertThat(program.select("script[type=application/ld+json]").html()).contains("\"priceCurrency\":\"USD\"");
		Document list = Pages.fetch(this.mvc, "/degrees");
		assertThat(list.text()).contains("HK$242,000");
	}

	@Test
	void shouldCarryTheCurrencyInTheApiAndTheCsv() throws Exception {
		JsonNode degree = Pages.json(this.mvc, "/api/v1/degrees/" + DEGREE);
		assertThat(degree.get("tuition").get("currency").asString()).isEqualTo("HKD");
		assertThat(degree.get("tuition").get("amount").decimalValue()).isEqualByComparingTo("242000");
		JsonNode program = Pages.json(this.mvc, "/api/v1/programs/" + PROGRAM);
		assertThat(program.get("price").get("currency").asString()).isEqualTo("USD");
		String csv = Pages.body(this.mvc, "/programs.csv");
		assertThat(csv.lines().findFirst().orElseThrow()).contains("price_amount,price_currency");
		assertThat(csv.lines().filter((l) -> l.startsWith(PROGRAM + ","))).singleElement()
			.satisfies((l) -> assertThat(l).containsPattern(",1450(\\.00)?,USD,"));
	}

	@Test
	void shouldNotAddTheHkdTuitionToTheUsdPriceInTheCalculator() throws Exception {
		Document page = Pages.fetch(this.mvc, "/pathways/" + PATHWAY);
		Element calculator = page.selectFirst(".calculator");
		assertThat(calculator.selectFirst(".currency-notice").text()).contains("HK$242,000", "Hong Kong Dollar (HKD)",
				"HK$242,000 ≈ US$30,876 at the June 2026 average rate (Federal Reserve)",
				"the figure stays as published");
		Element results = calculator.selectFirst("table.results");
		assertThat(results.text()).doesNotContain("243,450");
		assertThat(results.select("tbody tr").get(0).text()).doesNotContain("HK$", "242,000");
		// Converted at the reference rate (HK$242,000 ÷ 7.8377), never added as it
		// stands.
		assertThat(results.select("tbody tr").get(0).text()).contains("US$32,326.41");
		assertThat(results.select("tbody tr").get(1).text()).contains("US$30,876.41");
		assertThat(calculator.selectFirst(".full-tuition").text()).contains("whole tuition");
	}

	@Test
	void shouldCountTheWholeTuitionWhereCreditDoesNotReduceIt() throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + PATHWAY + "&tuition=30000&share=25");
		Element results = page.selectFirst("table.results");
		// 1,450 + the whole 30,000: the credit shortens only the time.
		assertThat(results.select("tbody tr").get(0).text()).contains("US$31,450");
		assertThat(results.select("tbody tr").get(1).text()).contains("US$30,000");
		assertThat(page.selectFirst(".formula").text()).contains("US$1,450 + the whole tuition US$30,000 = US$31,450");
		Document reducing = Pages.fetch(this.mvc, "/calculator?pathway="
				+ "mitx-supply-chain-management-to-mit-masters-supply-chain-management&tuition=30000&share=25");
		assertThat(reducing.select(".full-tuition")).isEmpty();
	}

	@Test
	void shouldKeepOtherCurrenciesApartInTheCatalogFigures() throws Exception {
		CatalogFigures.Figures f = this.figures.compute();
		long usdTuition = CatalogJson.current("degrees")
			.stream()
			.filter((d) -> "USD".equals(CatalogJson.value(d, "tuition.currency")))
			.count();
		assertThat(f.tuition().count()).isEqualTo(usdTuition);
		assertThat(f.tuition().max()).isLessThan(new BigDecimal("242000"));
		// Since 1.4: three tuition fees in HKD and the first in euros, each kept apart.
		List<String> foreign = CatalogJson.current("degrees")
			.stream()
			.filter((d) -> CatalogJson.value(d, "tuition.currency") != null
					&& !"USD".equals(CatalogJson.value(d, "tuition.currency")))
			.map((d) -> d.get("title").asString() + " " + CatalogJson.value(d, "tuition.currency"))
			.toList();
		assertThat(f.unconverted()).extracting((u) -> u.item() + " " + u.amount().currencyCode())
			.containsExactlyInAnyOrderElementsOf(foreign)
			.hasSize(4)
			.contains(item("degrees", DEGREE).get("title").asString() + " HKD",
					"MIT SCALE Master in Logistics and Supply Chain Management (ZLOG) EUR");
		Document compare = Pages.fetch(this.mvc, "/compare");
		assertThat(compare.selectFirst("section.figures .unconverted").text()).contains("HK$242,000",
				"Hong Kong Dollar (HKD)", "€24,300", "not converted");
		assertThat(compare.selectFirst("section.figures table").text()).doesNotContain("HK$");
	}

	@Test
	void shouldFilterPricesOnlyWithinTheCurrencyAsked() throws Exception {
		Document usd = Pages.fetch(this.mvc, "/programs?maxPrice=1450&currency=USD");
		Document byDefault = Pages.fetch(this.mvc, "/programs?maxPrice=1450");
		assertThat(usd.select(".program-card h3").eachText()).isNotEmpty()
			.containsExactlyElementsOf(byDefault.select(".program-card h3").eachText());
		Document hkd = Pages.fetch(this.mvc, "/programs?maxPrice=1000000&currency=HKD");
		assertThat(hkd.select(".program-card")).isEmpty();
		assertThat(hkd.select("#currency option").eachAttr("value")).contains("USD");
		assertThat(Pages.json(this.mvc, "/api/v1/programs?maxPrice=1000000&currency=HKD").get("totalItems").asInt())
			.isZero();
	}

}
