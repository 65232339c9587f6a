package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures under the comparison table agree with a computation made here,
 * independently, from catalog.json.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class CatalogFiguresTests {

	@Autowired
	private CatalogFigures figures;

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldAgreeWithTheDatasetOnPrices() {
		List<BigDecimal> prices = usdValues("programs", "price");
		Spread spread = this.figures.compute().prices();
		assertThat(spread.count()).isEqualTo(prices.size()).isEqualTo(14);
		assertThat(spread.of()).isEqualTo(CatalogJson.current("programs").size()).isEqualTo(25);
		assertThat(spread.min()).isEqualByComparingTo(min(prices)).isEqualByComparingTo("849");
		assertThat(spread.max()).isEqualByComparingTo(max(prices)).isEqualByComparingTo("5250");
		assertThat(spread.median()).isEqualByComparingTo(median(prices));
		assertThat(spread.asOfFrom()).isEqualTo(minDate("programs", "price"));
	}

	@Test
	void shouldAgreeWithTheDatasetOnTuitionSharesAndLengths() {
		CatalogFigures.Figures f = this.figures.compute();
		List<BigDecimal> tuition = usdValues("degrees", "tuition");
		assertThat(f.tuition().count()).isEqualTo(tuition.size());
		assertThat(f.tuition().median()).isEqualByComparingTo(median(tuition));
		assertThat(f.tuition().min()).isEqualByComparingTo(min(tuition));
		List<BigDecimal> shares = values("pathways", "credit.share_percent");
		assertThat(f.shares().count()).isEqualTo(shares.size());
		// Over the credit pathways open today; the historical ones are counted apart.
		List<JsonNode> credit = CatalogJson.current("pathways")
			.stream()
			.filter((p) -> "credit".equals(p.get("kind").asString()))
			.toList();
		assertThat(f.shares().of()).isEqualTo(credit.size());
		assertThat(f.leftOut().historicalCreditPathways())
			.isEqualTo((int) CatalogJson.array("pathways")
				.stream()
				.filter((p) -> "credit".equals(p.get("kind").asString()))
				.count() - credit.size())
			.isPositive();
		assertThat(f.shares().undated()).isEqualTo((int) credit.stream()
			.filter((p) -> CatalogJson.value(p, "credit.share_percent") != null)
			.filter((p) -> CatalogJson.value(p, "as_of") == null)
			.count());
		assertThat(f.shares().min()).isEqualByComparingTo(min(shares));
		assertThat(f.shares().max()).isEqualByComparingTo(max(shares));
		assertThat(f.shares().median()).isEqualByComparingTo(median(shares));
		List<BigDecimal> mids = new ArrayList<>();
		for (JsonNode p : CatalogJson.current("programs")) {
			BigDecimal min = (BigDecimal) CatalogJson.value(p, "length_months.min");
			if (min != null) {
				mids.add(min.add((BigDecimal) CatalogJson.value(p, "length_months.max")).divide(BigDecimal.valueOf(2)));
			}
		}
		assertThat(f.programMonths().count()).isEqualTo(mids.size());
		assertThat(f.programMonths().median()).isEqualByComparingTo(median(mids));
		assertThat(f.programMonths().min()).isEqualByComparingTo(min(values("programs", "length_months.min")));
		assertThat(f.programMonths().max()).isEqualByComparingTo(max(values("programs", "length_months.max")));
	}

	@Test
	void shouldShowTheFiguresUnderTheComparisonTable() throws Exception {
		Document page = Pages.fetch(this.mvc, "/compare");
		String text = page.selectFirst("section.figures table").text();
		assertThat(text).contains("US$849 – US$5,250", "14 of 25 programs open today; 1 retired program not counted",
				"5 of 27 degrees, in US dollars (4 more in other currencies, listed below)",
				"10 of 31 credit pathways open today; 4 historical ones not counted", "2016–2019 · 5 undated",
				"US$" + String.format("%,d", median(usdValues("programs", "price")).intValue()));
		assertThat(page.selectFirst("section.figures svg title").text()).isNotBlank();
		assertThat(page.selectFirst("section.figures svg desc").text()).contains("14 programs");
	}

	@Test
	void shouldComputeAMedianOfAnEvenCountAsTheMeanOfTheMiddleTwo() {
		Spread spread = Spread.of(
				List.of(new BigDecimal("4"), new BigDecimal("1"), new BigDecimal("3"), new BigDecimal("10")),
				List.of("2019", "2016-05"), 6);
		assertThat(spread.median()).isEqualByComparingTo("3.5");
		assertThat(spread.asOfFrom()).isEqualTo("2016-05");
		assertThat(spread.asOfTo()).isEqualTo("2019");
		assertThat(spread.undated()).isEqualTo(2);
		assertThat(spread.isPartlyDated()).isTrue();
		assertThat(Spread.of(List.of(), List.of(), 3).isKnown()).isFalse();
	}

	private static List<BigDecimal> values(String array, String path) {
		return CatalogJson.current(array)
			.stream()
			.map((item) -> (BigDecimal) CatalogJson.value(item, path))
			.filter(Objects::nonNull)
			.toList();
	}

	private static List<BigDecimal> usdValues(String array, String object) {
		return CatalogJson.current(array)
			.stream()
			.map((item) -> CatalogJson.usd(item, object))
			.filter(Objects::nonNull)
			.toList();
	}

	private static String minDate(String array, String object) {
		return CatalogJson.current(array)
			.stream()
			.filter((item) -> CatalogJson.value(item, object + ".value") != null)
			.map((item) -> (String) CatalogJson.value(item, object + ".as_of"))
			.filter(Objects::nonNull)
			.sorted()
			.findFirst()
			.orElse(null);
	}

	private static BigDecimal min(List<BigDecimal> values) {
		return values.stream().min(BigDecimal::compareTo).orElseThrow();
	}

	private static BigDecimal max(List<BigDecimal> values) {
		return values.stream().max(BigDecimal::compareTo).orElseThrow();
	}

	private static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
	}

}
