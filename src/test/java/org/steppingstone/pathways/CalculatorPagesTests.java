package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.item;

/**
 * The calculator on pathway pages and at /calculator. MIT SCM: price $1,350 (as of
 * 2017-02-15), tuition $74,000 (as of 2018-07-17), half the degree, 12–24 and 10 months;
 * so 1,350 + 37,000 = 38,350 against 74,000.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalculatorPagesTests {

	private static final String SCM = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";

	private static final String HKUST = "hkustx-big-data-technology-to-hkust-msc-big-data-technology";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldShowTheRouteOnThePathwayPage() throws Exception {
		Document page = Pages.fetch(this.mvc, "/pathways/" + SCM);
		Element results = page.selectFirst("table.results");
		assertThat(results.select("tbody tr").get(0).text()).contains("US$38,350", "17–29 months");
		assertThat(results.select("tbody tr").get(1).text()).contains("US$74,000", "10 months");
		assertThat(results.selectFirst("tfoot").text()).contains("costs US$35,650 less", "takes 7–19 months longer")
			.doesNotContain("−");
		assertThat(page.selectFirst(".formula").text())
			.contains("US$1,350 + US$74,000 × (100 − 50) ÷ 100 = US$1,350 + US$37,000 = US$38,350");
		String inputs = page.selectFirst("table.inputs").text();
		assertThat(inputs).contains("as of 2017-02-15", "as of 2018-07-17", "SCM MicroMasters FAQ");
		assertThat(page.selectFirst(".calculator").text()).contains("45 MIT units of the degree's 90 remain");
		assertThat(page.getElementById("tuition").val()).isEqualTo("74000");
		assertThat(page.getElementById("programMonths").val()).isEqualTo("12-24");
	}

	@Test
	void shouldLeadWithTheCredentialsShortNamesAndKeepTheFullOnesBelow() throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST);
		assertThat(page.selectFirst("h1").text())
			.isEqualTo("Cost and time of the route: MicroMasters in Big Data Technology → MSc in Big Data Technology");
		assertThat(page.selectFirst("h1 + p.full-title").text())
			.isEqualTo("The Hong Kong University of Science and Technology's MicroMasters Program in Big Data "
					+ "Technology → The Hong Kong University of Science and Technology's MSc in Big Data Technology");
		assertThat(page.title()).contains("MicroMasters Program in Big Data Technology");
	}

	@Test
	void shouldWordTheDifferenceInTheDirectionItGoes() throws Exception {
		String shorter = Pages.fetch(this.mvc, "/calculator?pathway=" + SCM + "&programMonths=6&degreeMonths=24")
			.selectFirst("table.results tfoot")
			.text();
		assertThat(shorter).contains("takes 6 months less");
		String mixed = Pages.fetch(this.mvc, "/calculator?pathway=" + SCM + "&degreeMonths=36")
			.selectFirst("table.results tfoot")
			.text();
		assertThat(mixed).contains("from 6 months longer to 6 months shorter");
		String dearer = Pages.fetch(this.mvc, "/calculator?pathway=" + SCM + "&price=50000")
			.selectFirst("table.results tfoot")
			.text();
		assertThat(dearer).contains("costs US$13,000 more").doesNotContain("−");
		// 6 + 10 × 50 % = 11 months against 10: one month, not "1 months".
		String oneMonth = Pages.fetch(this.mvc, "/calculator?pathway=" + SCM + "&programMonths=6&degreeMonths=10")
			.selectFirst("table.results tfoot")
			.text();
		assertThat(oneMonth).contains("takes 1 month longer");
	}

	@Test
	void shouldNeverWriteANegativeSavingForAnyPathway() throws Exception {
		for (JsonNode pathway : CatalogJson.array("pathways")) {
			Document page = Pages.fetch(this.mvc, "/pathways/" + pathway.get("id").asString());
			for (Element results : page.select("table.results")) {
				assertThat(results.text()).as(pathway.get("id").asString()).doesNotContain("−", "-US$");
			}
		}
	}

	@Test
	void shouldDrawTheChartWithATextAlternative() throws Exception {
		Element svg = Pages.fetch(this.mvc, "/pathways/" + SCM).selectFirst("figure.chart svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
		assertThat(svg.selectFirst("title").text()).isEqualTo("Cost of the two routes");
		assertThat(svg.selectFirst("desc").text()).contains("US$1,350", "US$37,000", "US$38,350", "US$74,000");
		assertThat(svg.select("rect")).hasSize(3);
		int stacked = Integer.parseInt(svg.select("rect").get(0).attr("width"))
				+ Integer.parseInt(svg.select("rect").get(1).attr("width"));
		int direct = Integer.parseInt(svg.select("rect").get(2).attr("width"));
		assertThat(stacked * 74000.0 / (direct * 38350.0)).isBetween(0.98, 1.02);
	}

	@Test
	void shouldUseTheLearnersFiguresAndSaySo() throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + SCM + "&tuition=80000&programMonths=9-12");
		assertThat(page.selectFirst("table.results tbody tr").text()).contains("US$41,350", "14–17 months");
		assertThat(page.selectFirst("table.inputs").text()).contains("US$80,000 your figure",
				"9–12 months your figure");
		assertThat(page.getElementById("tuition").val()).isEqualTo("80000");
		assertThat(page.select("nav.breadcrumbs a").eachText()).contains("Calculator");
	}

	@Test
	void shouldAskForUnknownFiguresInsteadOfAssumingZero() throws Exception {
		JsonNode pathway = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("degree_id").isNull())
			.findFirst()
			.orElseThrow();
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + pathway.get("id").asString());
		assertThat(page.selectFirst(".notice").text()).contains("Master's tuition", "Master's length");
		assertThat(page.selectFirst("table.results").text()).contains("unknown: a figure is missing")
			.doesNotContain("US$0");
		assertThat(page.select("figure.chart")).isEmpty();
		Document completed = Pages.fetch(this.mvc,
				"/calculator?pathway=" + pathway.get("id").asString() + "&tuition=30000&share=25&price=1000");
		assertThat(completed.selectFirst("table.results tbody tr").text()).contains("US$23,500");
	}

	@Test
	void shouldShowErrorsNextToTheFieldsAndKeepTheOtherFigures() throws Exception {
		Document page = Pages.fetch(this.mvc,
				"/calculator?pathway=" + SCM + "&price=abc&share=140&degreeMonths=24-12&tuition=80000", 400);
		assertThat(page.select(".error-summary li").eachText()).containsExactlyInAnyOrder(
				"MicroMasters price, in the currency of the totals: enter a number from 0 to 10,000,000, with at most two decimals, such as 1350",
				"Share of the degree credited (%): enter a percentage from 0 to 100, with at most one decimal, such as 25",
				"Master's length (months): this range is reversed; write the shorter length first, such as 18-24");
		assertThat(page.selectFirst(".error-summary").text()).doesNotContain("degreeMonths", "BigDecimal", "price:");
		assertThat(page.getElementById("price-error").text())
			.startsWith("MicroMasters price, in the currency of the totals:");
		assertThat(page.getElementById("degreeMonths-error").text()).contains("reversed");
		assertThat(page.getElementById("share").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("tuition").val()).isEqualTo("80000");
		assertThat(page.getElementById("price").val()).isEqualTo("abc");
		assertThat(page.select("table.results")).isEmpty();
	}

	@Test
	void shouldConvertAFigureInAnotherCurrencyAtTheReferenceRateKeepingItAsPublished() throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST);
		Element notice = page.selectFirst(".currency-notice");
		assertThat(notice.text()).contains("Master's tuition: HK$242,000", "published in Hong Kong Dollar (HKD)",
				"as of 2024", "HKUST postgraduate catalogue 2024/25",
				"HK$242,000 ≈ US$30,876 at the June 2026 average rate (Federal Reserve), our reference rate");
		assertThat(page.selectFirst(".not-stated").text()).contains("Share of the degree credited")
			.doesNotContain("Master's tuition");
		Element tuition = tuitionRow(page);
		// HK$242,000 ÷ 7.8377 = US$30,876.41.
		assertThat(tuition.text())
			.contains("US$30,876.41", "HK$242,000 at the June 2026 average rate (Federal Reserve)", "as of 2024")
			.doesNotContain("not stated", "your");
		// Charged in full after credit: 1,450 + 30,876.41, exact without the share; the
		// months bounded by the ceiling of 30 %: 9 + 12 × 70 % to 9 + 24.
		Element results = page.selectFirst("table.results");
		assertThat(results.select("tbody tr").get(0).text()).contains("US$32,326.41", "between 17.4 and 33 months");
		assertThat(results.select("tbody tr").get(1).text()).contains("US$30,876.41", "12–24 months");
		assertThat(results.selectFirst("tfoot").text()).contains("costs US$1,450 more",
				"time saved depends on the share credited");
		assertThat(page.selectFirst(".notice.bounded").text()).contains("bounds, never the total",
				"the ceiling of 30 % credited at most gives the least");
		assertThat(page.selectFirst("label[for=rate]").text()).isEqualTo("Exchange rate: US dollars for 1 HKD");
		assertThat(page.getElementById("rate").val()).isEmpty();
		assertThat(page.getElementById("tuition").val()).as("left to the rate").isEmpty();
		assertThat(Pages.fetch(this.mvc, "/calculator?pathway=" + SCM).getElementById("rate")).isNull();
	}

	@Test
	void shouldTakeAnyMicroMastersWithAnyMastersWithoutCredit() throws Exception {
		Document page = Pages.fetch(this.mvc,
				"/calculator?program=mitx-statistics-and-data-science&degree=gatech-online-ms-analytics");
		assertThat(page.selectFirst("h1").text()).isEqualTo("MicroMasters Program in Statistics and Data Science, "
				+ "then Online Master of Science in Analytics (OMS Analytics)");
		// 1,500 + 9,900 with no credit; 18–24 + 12–36 months; the Master's alone 9,900
		// and 12–36 months.
		assertThat(page.selectFirst("section.what-if").text()).contains(
				"No pathway in our catalog: as far as our sources say, this degree does not count this MicroMasters",
				"Without credit: US$1,500 + US$9,900 = US$11,400 and 30–60 months, against US$9,900 and 12–36 months "
						+ "for the Master's alone.");
		// A pathway's own pair keeps its credit: the page sends to its calculator.
		Document linked = Pages.fetch(this.mvc,
				"/calculator?program=mitx-supply-chain-management&degree=mit-masters-supply-chain-management");
		assertThat(linked.select("section.what-if")).isEmpty();
		assertThat(linked.select("a[href=/calculator?pathway=" + SCM + "]")).hasSize(1);
		// The chooser offers the pair.
		Document chooser = Pages.fetch(this.mvc, "/calculator");
		assertThat(chooser.select("form.pair-form select#program option")).hasSizeGreaterThan(20);
		assertThat(chooser.select("form.pair-form select#degree option")).hasSizeGreaterThan(20);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"program=no-such-program&degree=gatech-online-ms-analytics | program | MicroMasters: no MicroMasters in our catalog has this id; choose one from the menu",
			"program=mitx-statistics-and-data-science&degree=nope | degree | Master's degree: no Master's in our catalog has this id; choose one from the menu",
			"program=mitx-statistics-and-data-science | degree | Master's degree: choose one from the menu",
			"program=BAD!&degree=gatech-online-ms-analytics | program | MicroMasters: choose one from the menu (in an address, a lower-case id such as mitx-statistics-and-data-science)" })
	void shouldRefuseAPairWithAnUnknownIdBesideItsField(String query, String field, String message) throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator?" + query, 400);
		assertThat(page.select(".error-summary li").eachText()).containsExactly(message);
		assertThat(page.getElementById(field + "-error").text()).isEqualTo(message);
		assertThat(page.getElementById(field).attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void shouldBoundARouteWhoseShareIsNotStated() throws Exception {
		Document page = Pages.fetch(this.mvc,
				"/calculator?pathway=gtx-analytics-essential-tools-and-methods-to-gatech-online-ms-analytics");
		Element results = page.selectFirst("table.results");
		// 2,475 + 9,900 counting no credit; 12 + 36 months.
		assertThat(results.select("tbody tr").get(0).text()).contains("at most US$12,375", "at most 48 months");
		assertThat(results.selectFirst("tfoot").text()).contains("costs at most US$2,475 more");
		assertThat(page.selectFirst(".notice.bounded").text()).contains("the least is not stated");
		// With the learner's share the total is exact: 2,475 + 9,900 × 75 % = 9,900.
		Document filled = Pages.fetch(this.mvc,
				"/calculator?pathway=gtx-analytics-essential-tools-and-methods-to-gatech-online-ms-analytics&share=25");
		assertThat(filled.selectFirst("table.results tbody tr").text()).contains("US$9,900");
		assertThat(filled.select(".notice.bounded")).isEmpty();
	}

	@Test
	void shouldConvertWithTheLearnersRateAndSaySo() throws Exception {
		JsonNode degree = item("degrees", "hkust-msc-big-data-technology");
		JsonNode program = item("programs", "hkustx-big-data-technology");
		assertThat(degree.at("/tuition/currency").asString()).isEqualTo("HKD");
		assertThat(degree.at("/credit_reduces_tuition/value").booleanValue()).isFalse();
		BigDecimal rate = new BigDecimal("0.128");
		BigDecimal tuition = degree.at("/tuition/value").decimalValue().multiply(rate);
		// The whole tuition is charged to students admitted with credit.
		BigDecimal stacked = program.at("/price/value").decimalValue().add(tuition);

		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST + "&rate=0.128");
		Element results = page.selectFirst("table.results");
		assertThat(results.select("tbody tr").get(0).text()).contains(usd(stacked));
		assertThat(results.select("tbody tr").get(1).text()).contains(usd(tuition));
		assertThat(page.selectFirst(".currency-notice").text()).contains("Master's tuition: HK$242,000",
				"Converted at your exchange rate of 1 HKD = 0.128 US dollars: " + usd(tuition),
				"The rate is yours, not our sources'");
		assertThat(tuitionRow(page).text()).contains(usd(tuition), "HK$242,000 at your rate, 1 HKD = 0.128 US dollars",
				"as of 2024");
		assertThat(page.getElementById("rate").val()).isEqualTo("0.128");
		assertThat(page.getElementById("tuition").val()).isEmpty();

		Document own = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST + "&rate=0.128&tuition=30000");
		assertThat(own.selectFirst("table.results tbody tr:nth-child(2)").text()).contains("US$30,000");
		assertThat(own.selectFirst(".currency-notice").text()).doesNotContain("Converted");
		assertThat(tuitionRow(own).text()).contains("your figure");
		// HKUST charges the whole tuition after credit: the chart's key says so.
		assertThat(own.selectFirst("figure.route-chart figcaption").text())
			.contains("Tuition, in full: the credit does not lower it")
			.doesNotContain("rest of the degree");
		assertThat(
				Pages.fetch(this.mvc, "/calculator?pathway=" + SCM).selectFirst("figure.route-chart figcaption").text())
			.contains("Tuition for the rest of the degree");
	}

	@Test
	void shouldRefuseABadRateWithAClearMessage() throws Exception {
		for (String rate : new String[] { "abc", "0", "-0.1", "20000", "0.1234567891" }) {
			Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + HKUST + "&rate=" + rate, 400);
			assertThat(page.select(".error-summary li").eachText()).as(rate)
				.containsExactly(
						"Exchange rate: enter how many units of the totals' currency (US dollars unless you chose "
								+ "another) one unit of the other currency is worth, "
								+ "a number above 0 and up to 10,000 with at most 8 decimals, such as 0.128");
			assertThat(page.getElementById("rate").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("table.results")).isEmpty();
		}
	}

	@Test
	void shouldOfferEveryPathwayWhenNoneIsChosen() throws Exception {
		Document page = Pages.fetch(this.mvc, "/calculator");
		assertThat(page.select("select#pathway option")).hasSize(38);
	}

	@Test
	void shouldAnswerAnUnknownPathwayWithNotFound() throws Exception {
		Pages.fetch(this.mvc, "/calculator?pathway=no-such-pathway", 404);
		Pages.fetch(this.mvc, "/calculator?pathway=%3Cscript%3E", 404);
	}

	private static Element tuitionRow(Document page) {
		return page.select("table.inputs tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Master's tuition"))
			.findFirst()
			.orElseThrow();
	}

	/** US$30,976 or US$30,976.50, as the site writes amounts. */
	private static String usd(BigDecimal amount) {
		BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
		return (cents.stripTrailingZeros().scale() <= 0) ? String.format(Locale.ROOT, "US$%,d", cents.longValue())
				: String.format(Locale.ROOT, "US$%,.2f", cents);
	}

}
