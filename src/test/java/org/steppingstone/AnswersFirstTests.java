package org.steppingstone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.SCM;
import static org.steppingstone.CatalogJson.SCM_PATHWAY;

/**
 * Program, pathway and degree pages lead with a short answer to the learner's question;
 * the details and the sources follow it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnswersFirstTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldLeadAProgramPageWithItsRoutes() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/" + SCM);
		String answer = page.selectFirst(".answer-first").text();
		List<JsonNode> pathways = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("program_id").asString().equals(SCM))
			.toList();
		assertThat(answer).contains(pathways.size() + " pathways to a Master's degree in our catalog count it.",
				"Up to 50 % of a degree credited.", "Cheapest route we can total: " + usd(cheapestRoute(pathways)),
				"(2017–2018 prices)");
		assertThat(page.select(".answer-first a").eachAttr("href")).contains("#pathways-heading",
				"/pathways/" + SCM_PATHWAY);
		assertThat(before(page, ".answer-first", "#glance-heading")).isTrue();
		assertThat(before(page, ".answer-first", ".source-list")).isTrue();
		assertThat(before(page, ".answer-first", "#courses-heading")).isTrue();
	}

	@Test
	void shouldSayWhenAProgramHasNoRoute() throws Exception {
		JsonNode alone = CatalogJson.array("programs")
			.stream()
			.filter((p) -> CatalogJson.array("pathways")
				.stream()
				.noneMatch((w) -> w.get("program_id").asString().equals(p.get("id").asString())))
			.findFirst()
			.orElseThrow();
		String answer = Pages.fetch(this.mvc, "/programs/" + alone.get("id").asString())
			.selectFirst(".answer-first")
			.text();
		assertThat(answer).contains("No pathway to a Master's degree in our catalog counts it.")
			.doesNotContain("Cheapest");
	}

	@Test
	void shouldLeadAPathwayPageWithShareTotalAndMonths() throws Exception {
		Document page = Pages.fetch(this.mvc, "/pathways/" + SCM_PATHWAY);
		assertThat(page.select(".answer-first li").eachText()).containsExactly(
				"Credit: 50 % of the degree (as the source states it)", "MicroMasters route: US$38,350, 17–29 months.",
				"Master's alone: US$74,000, 10 months.",
				"The route costs US$35,650 less and takes 7–19 months longer. How it adds up");
		assertThat(before(page, ".answer-first", "#facts-heading")).isTrue();
		assertThat(before(page, ".answer-first", "#route-heading")).isTrue();
		assertThat(page.selectFirst(".answer-first").text()).doesNotContain("−");
	}

	@Test
	void shouldSayOnceWhenAPathwayLacksTheFiguresToTotal() throws Exception {
		JsonNode degree = CatalogJson.array("degrees")
			.stream()
			.filter((d) -> d.get("id").asString().equals("hes-alm-sustainability"))
			.findFirst()
			.orElseThrow();
		assertThat(degree.get("tuition").isNull() && degree.get("length_months").isNull()).isTrue();
		Document page = Pages.fetch(this.mvc, "/pathways/mitx-supply-chain-management-to-hes-alm-sustainability");
		assertThat(page.select(".answer-first li").eachText()).contains(
				"MicroMasters route: our sources lack the figures to total its cost and months.",
				"Master's alone: our sources lack the figures to total its cost and months.");
		assertThat(page.selectFirst(".answer-first").text()).doesNotContain("unknown");
	}

	@Test
	void shouldShowAHongKongLearnerTheCeilingAndTheTuitionInItsOwnCurrency() throws Exception {
		String id = "hkustx-big-data-technology-to-hkust-msc-big-data-technology";
		JsonNode pathway = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
		String ceiling = pathway.get("credit")
			.get("max_share_percent")
			.decimalValue()
			.stripTrailingZeros()
			.toPlainString() + " %";
		Document page = Pages.fetch(this.mvc, "/pathways/" + id);
		assertThat(page.select(".answer-first li").eachText()).containsExactly(
				"Credit: amount not stated by our sources (at most " + ceiling
						+ " of the degree: a ceiling, not the amount granted)",
				// Charged in full after credit: exact without the share; the months only
				// bounded (9 + 12 × 70 % to 9 + 24).
				"MicroMasters route: US$32,326.41, between 17.4 and 33 months.",
				"Master's alone: HK$242,000 tuition (≈ US$30,876 at the June 2026 average rate, Federal Reserve),"
						+ " 12–24 months.",
				"The route costs US$1,450 more. How it adds up");
	}

	@Test
	void shouldLeadADegreePageWithTheMicroMastersItCounts() throws Exception {
		Document page = Pages.fetch(this.mvc, "/degrees/mit-masters-supply-chain-management");
		assertThat(page.select(".answer-first li").eachText()).containsExactly(
				"1 MicroMasters counts toward this degree:",
				"Massachusetts Institute of Technology's MicroMasters Program in Supply Chain Management: 50 % of the degree (as the source states it)");
		assertThat(before(page, ".answer-first", "#glance-heading")).isTrue();
		assertThat(before(page, ".answer-first", ".source-list")).isTrue();
	}

	/** Whether the first element matching one selector comes before the other's. */
	private static boolean before(Document page, String first, String second) {
		List<Element> all = page.getAllElements();
		return all.indexOf(page.selectFirst(first)) < all.indexOf(page.selectFirst(second));
	}

	/**
	 * Price + tuition × (100 − share) ÷ 100, the cheapest over the pathways that give all
	 * three.
	 */
	private static BigDecimal cheapestRoute(List<JsonNode> pathways) {
		Map<String, JsonNode> degrees = CatalogJson.array("degrees")
			.stream()
			.collect(Collectors.toMap((d) -> d.get("id").asString(), Function.identity()));
		JsonNode program = CatalogJson.array("programs")
			.stream()
			.filter((p) -> p.get("id").asString().equals(SCM))
			.findFirst()
			.orElseThrow();
		BigDecimal price = program.get("price").get("value").decimalValue();
		return pathways.stream().map((w) -> {
			JsonNode degree = w.get("degree_id").isNull() ? null : degrees.get(w.get("degree_id").asString());
			JsonNode share = w.get("credit").get("share_percent");
			if (degree == null || degree.get("tuition").isNull() || share.isNull()) {
				return null;
			}
			BigDecimal tuition = degree.get("tuition").get("value").decimalValue();
			return price.add(tuition.multiply(BigDecimal.valueOf(100).subtract(share.decimalValue()))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
		}).filter(Objects::nonNull).min(BigDecimal::compareTo).orElseThrow();
	}

	private static String usd(BigDecimal amount) {
		return "US$" + String.format(java.util.Locale.US, "%,d", amount.setScale(0, RoundingMode.HALF_UP).longValue());
	}

}
