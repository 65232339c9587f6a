package org.steppingstone.degrees;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import org.steppingstone.catalog.Titles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import org.steppingstone.catalog.Program;

/**
 * Degrees, pathways and universities: the receiving side of the catalog.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReceivingPagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListEveryDegree() throws Exception {
		Document page = Pages.fetch(this.mvc, "/degrees");
		assertThat(page.select(".program-card h2").eachText()).hasSize(27)
			.containsAll(CatalogJson.array("degrees").stream().map((d) -> d.get("title").asString()).toList());
	}

	@Test
	void shouldShowADegreeWithEveryMicroMastersItCounts() throws Exception {
		Document page = Pages.fetch(this.mvc, "/degrees/mit-masters-supply-chain-management");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Master's degree in Supply Chain Management");
		assertThat(page.selectFirst(".glance").text()).contains("US$74,000", "as of 2018-07-17", "90 MIT units",
				"10 months", "on campus");
		List<String> expected = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> "mit-masters-supply-chain-management".equals(CatalogJson.value(w, "degree_id")))
			.map((w) -> w.get("program_id").asString())
			.toList();
		assertThat(page.select("table tbody th a").eachAttr("href"))
			.containsExactlyInAnyOrderElementsOf(expected.stream().map((id) -> "/programs/" + id).toList());
		assertThat(page.select("table tbody").text()).contains("50 % of the degree");
	}

	@Test
	void shouldListAndFilterPathways() throws Exception {
		assertThat(Pages.fetch(this.mvc, "/pathways").select("table.pathways tbody tr"))
			.hasSize(CatalogJson.current("pathways").size())
			.hasSize(34);
		long admission = CatalogJson.current("pathways")
			.stream()
			.filter((w) -> w.get("kind").asString().equals("admission"))
			.count();
		assertThat(Pages.fetch(this.mvc, "/pathways?kind=admission").select("table.pathways tbody tr"))
			.hasSize((int) admission);
		Document half = Pages.fetch(this.mvc, "/pathways?minShare=50&country=US");
		long expected = CatalogJson.current("pathways").stream().filter((w) -> {
			Object share = CatalogJson.value(w, "credit.share_percent");
			return share != null && ((java.math.BigDecimal) share).intValue() >= 50
					&& CatalogJson.country(w.get("institution_id").asString()).equals("US");
		}).count();
		assertThat(half.select("table.pathways tbody tr")).hasSize((int) expected);
	}

	@Test
	void shouldFilterDegreesByCountryAndCredit() throws Exception {
		Map<String, String> countryOf = CatalogJson.array("institutions")
			.stream()
			.collect(Collectors.toMap((i) -> i.get("id").asString(), (i) -> i.get("country").asString()));
		Set<String> creditDegrees = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("kind").asString().equals("credit") && !w.get("degree_id").isNull())
			.map((w) -> w.get("degree_id").asString())
			.collect(Collectors.toSet());
		List<String> expected = CatalogJson.array("degrees")
			.stream()
			.filter((d) -> countryOf.get(d.get("institution_id").asString()).equals("US")
					&& creditDegrees.contains(d.get("id").asString()))
			.map((d) -> d.get("title").asString())
			.sorted(Titles.ORDER)
			.toList();
		Document page = Pages.fetch(this.mvc, "/degrees?country=US&accepts=true");
		assertThat(page.select(".program-card .card-title").eachText()).containsExactlyElementsOf(expected);
		assertThat(page.selectFirst("#results-heading").text())
			.isEqualTo(expected.size() + " of " + CatalogJson.array("degrees").size() + " degrees");
		assertThat(page.select("a[href^=/degrees.csv][download]").eachAttr("href"))
			.containsExactly("/degrees.csv?country=US&accepts=true");
		// Folded on a phone, the filter panel says which filters are on.
		assertThat(page.selectFirst(".filter-panel > summary").text())
			.isEqualTo("Filters: Country: United States Accepts a MicroMasters for credit: yes");
		assertThat(Pages.fetch(this.mvc, "/degrees?field=engineering&delivery=online&tuitionStated=false")
			.selectFirst(".filter-summary")
			.text()).isEqualTo("Field: Engineering Delivery: online Tuition stated by our sources: no");
		assertThat(Pages.fetch(this.mvc, "/degrees").selectFirst(".filter-summary").text()).isEqualTo("none");
		String csv = this.mvc.perform(get("/degrees.csv?country=US&accepts=true"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith(
				"id,url,title,institution,institution_id,country,field,delivery,tuition_amount,tuition_currency");
		assertThat(csv.lines().count()).isEqualTo(expected.size() + 1);
	}

	@Test
	void shouldGiveADisputedTuitionInTheDegreesCurrency() throws Exception {
		Document page = Pages.fetch(this.mvc, "/degrees/gatech-online-ms-analytics");
		Element tuition = page.selectFirst("[id^=conflict-gatech-online-ms-analytics][id*=tuition]");
		assertThat(tuition).isNotNull();
		assertThat(tuition.select("tbody tr td:first-child").eachText()).containsExactly("US$9,900", "US$10,000");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/degrees?delivery=teleport | Delivery: choose on campus, online or blended",
					"/degrees?tuitionStated=maybe | Tuition stated by our sources: choose yes or no",
					"/degrees?accepts=perhaps | Accepts a MicroMasters for credit: choose yes or no",
					"/degrees?country=ZZ | Country: no degree in the catalog is in this country",
					"/degrees?field=astrology | Field: choose one of the fields in the menu" })
	void shouldRefuseABadDegreeFilterNamingItsLabel(String url, String message) throws Exception {
		Document page = Pages.fetch(this.mvc, url, 400);
		assertThat(page.selectFirst(".error-summary").text()).contains(message).doesNotContain("tuitionStated");
		assertThat(page.selectFirst(".filter-panel").hasAttr("open")).isTrue();
		assertThat(page.selectFirst(".filter-summary").text()).isEqualTo("a value needs correcting");
		assertThat(page.select(".program-card")).isEmpty();
	}

	@Test
	void shouldListDegreesAndChoicesInReadingOrder() throws Exception {
		List<String> degrees = Pages.fetch(this.mvc, "/degrees").select(".program-card .card-title").eachText();
		assertThat(degrees).hasSizeGreaterThan(10).isSortedAccordingTo(Titles.ORDER);
		assertThat(degrees.indexOf("Master of Science (Computer Science)"))
			.isLessThan(degrees.indexOf("MS in Business Analytics"));
		Document calculator = Pages.fetch(this.mvc, "/calculator");
		List<String> choices = calculator.select("select#pathway option[value!=]").eachText();
		assertThat(choices).isSortedAccordingTo(Titles.ORDER);
		// The pair form's menus: each in reading order too.
		assertThat(calculator.select("select#degree option[value!=]").eachText()).isNotEmpty()
			.isSortedAccordingTo(Titles.ORDER);
		assertThat(choices).contains(
				"University of British Columbia's MicroMasters Program in Software Development → Curtin University's Master of Science (Computer Science)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/pathways?minShare=101 | Minimum share of the degree (%): enter",
			"/pathways?minShare=x | Minimum share of the degree (%): enter", "/pathways?kind=bribe | Kind: choose",
			"/pathways?institution=no-such-place | Receiving university: no receiving university",
			"/pathways?country=XX | Receiving university's country: no receiving university" })
	void shouldRefuseABadPathwayFilterNamingItsLabel(String url, String message) throws Exception {
		Document page = Pages.fetch(this.mvc, url, 400);
		assertThat(page.selectFirst(".error-summary").text()).contains(message).doesNotContain("minShare");
	}

	@Test
	void shouldShowAPathwayWithItsSources() throws Exception {
		JsonNode pathway = CatalogJson.array("pathways").get(0);
		Document page = Pages.fetch(this.mvc, "/pathways/" + pathway.get("id").asString());
		String label = name("programs", "mitx-supply-chain-management") + " → "
				+ name("degrees", pathway.get("degree_id").asString());
		assertThat(label).isEqualTo("Massachusetts Institute of Technology's MicroMasters Program in Supply Chain"
				+ " Management → Massachusetts Institute of Technology's Master's degree in Supply Chain Management");
		// A short title first, the full names with their universities under it.
		assertThat(page.selectFirst("h1").text())
			.isEqualTo("MicroMasters in Supply Chain Management → Master's in Supply Chain Management");
		assertThat(page.selectFirst("h1 + p.full-title").text()).isEqualTo(label);
		assertThat(page.title()).isEqualTo(label + " — Stepping Stone");
		assertThat(page.select(".inline-sources li")).hasSize(pathway.get("source_ids").size());
		assertThat(page.select(".route a").eachAttr("href")).contains("/programs/mitx-supply-chain-management",
				"/degrees/mit-masters-supply-chain-management");
		assertThat(page.select(".conditions li")).hasSize(pathway.get("conditions").size());
	}

	@Test
	void shouldShowAPathwayToAnInstitutionWithoutANamedDegree() throws Exception {
		JsonNode pathway = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("degree_id").isNull())
			.findFirst()
			.orElseThrow();
		Document page = Pages.fetch(this.mvc, "/pathways/" + pathway.get("id").asString());
		assertThat(page.selectFirst(".route").text()).contains("a degree our sources do not name");
		assertThat(page.selectFirst("p.full-title").text())
			.isEqualTo(name("programs", pathway.get("program_id").asString()) + " → "
					+ institution(pathway.get("institution_id").asString()));
		assertThat(page.selectFirst("h1").text()).startsWith("MicroMasters in ")
			.endsWith(" → " + institution(pathway.get("institution_id").asString()));
	}

	@Test
	void shouldShowAUniversityWithWhatItOffersAndAccepts() throws Exception {
		Document page = Pages.fetch(this.mvc, "/institutions/mit");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Massachusetts Institute of Technology");
		long offered = CatalogJson.array("programs")
			.stream()
			.filter((p) -> p.get("institution_id").asString().equals("mit"))
			.count();
		long accepted = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("institution_id").asString().equals("mit"))
			.count();
		assertThat(page.select("#offers-heading + ul li")).hasSize((int) offered);
		assertThat(page.select("#accepts-heading ~ div table tbody tr")).hasSize((int) accepted);
		assertThat(Pages.fetch(this.mvc, "/institutions").select("tbody tr")).hasSize(21);
		// The list counts what is open today and the rest apart, so that it adds up to
		// each university's page.
		Document list = Pages.fetch(this.mvc, "/institutions");
		Element columbia = list.select("tbody tr")
			.stream()
			.filter((tr) -> tr.select("a[href=/institutions/columbia-university]").size() > 0)
			.findFirst()
			.orElseThrow();
		assertThat(columbia.select("td").eachText()).containsExactly("United States", "1 · 1 retired",
				"0 · 4 historical");
		assertThat(list.select("thead th").eachText()).contains("MicroMasters offered today",
				"Pathways accepted today");
		Document columbiaPage = Pages.fetch(this.mvc, "/institutions/columbia-university");
		assertThat(columbiaPage.select("a[href^=/programs/]").eachAttr("href").stream().distinct().count())
			.isEqualTo(2);
		assertThat(columbiaPage.select("a[href^=/pathways/]").eachAttr("href").stream().distinct().count())
			.isEqualTo(4);
	}

	@Test
	void shouldListEverySourceWithTheFactsItBacks() throws Exception {
		Document page = Pages.fetch(this.mvc, "/sources");
		assertThat(page.select(".source-card")).hasSize(119);
		Element faq = page.getElementById("source-mitx-scm-faq");
		assertThat(faq.text()).contains("MITx / MIT Center for Transportation & Logistics", "official");
		assertThat(faq.select("details li").eachText())
			.contains("MicroMasters Program in Supply Chain Management: price");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/degrees/nope", "/pathways/nope", "/institutions/nope", "/programs/..%2F..%2Fetc",
			"/degrees/%3Cscript%3E" })
	void shouldAnswerUnknownSlugsWithNotFound(String url) throws Exception {
		Document page = Pages.fetch(this.mvc, url, 404);
		assertThat(page.title()).isEqualTo("Page not found — Stepping Stone");
		assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page");
	}

	/** A program or degree as a pathway names it: "its university's title". */
	private static String name(String array, String id) {
		JsonNode item = CatalogJson.array(array)
			.stream()
			.filter((n) -> n.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
		return institution(item.get("institution_id").asString()) + "'s " + item.get("title").asString();
	}

	private static String institution(String id) {
		return CatalogJson.array("institutions")
			.stream()
			.filter((n) -> n.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow()
			.get("name")
			.asString();
	}

}
