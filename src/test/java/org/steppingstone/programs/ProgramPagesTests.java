package org.steppingstone.programs;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
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
import org.steppingstone.catalog.Program;

/**
 * The catalog list and program pages, checked against values computed in the test from
 * the catalog's data file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgramPagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListEveryProgramByTitleInReadingOrder() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs");
		Collator collator = Collator.getInstance(Locale.ENGLISH);
		List<String> expected = programs((p) -> true).stream()
			.map((p) -> p.get("title").asString())
			.sorted(collator)
			.toList();
		assertThat(titles(page)).containsExactlyElementsOf(expected);
		assertThat(page.selectFirst("#results-heading").text()).isEqualTo("25 of 25 open programs");
		assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Programs");
	}

	@Test
	void shouldShowPriceAndLengthWithTheirYearOnEachRow() throws Exception {
		Element row = Pages.fetch(this.mvc, "/programs")
			.select(".program-card")
			.stream()
			.filter((card) -> card.selectFirst("h3").text().equals("MicroMasters Program in Big Data"))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("The University of Adelaide", "Data Science & Analytics", "US$985.50 (2022)",
				"12 months (2022)", "25 %");
	}

	@Test
	void shouldFilterByField() throws Exception {
		assertThat(titles(Pages.fetch(this.mvc, "/programs?field=engineering")))
			.containsExactlyInAnyOrderElementsOf(titlesOf((p) -> p.get("field").asString().equals("Engineering")))
			.contains("MicroMasters Program in Robotics");
	}

	@Test
	void shouldCombineFieldAndMaximumPrice() throws Exception {
		Predicate<JsonNode> expected = (p) -> p.get("field").asString().equals("Data Science & Analytics")
				&& price(p) != null && price(p).compareTo(new BigDecimal("1450")) <= 0;
		assertThat(titles(Pages.fetch(this.mvc, "/programs?field=data-science-analytics&maxPrice=1450")))
			.containsExactlyInAnyOrderElementsOf(titlesOf(expected))
			.containsExactlyInAnyOrder("MicroMasters Program in Data Science", "MicroMasters Program in Big Data",
					"MicroMasters Program in Big Data Technology");
	}

	@Test
	void shouldCombineCreditPathwayReceivingCountryAndLength() throws Exception {
		Predicate<JsonNode> expected = (p) -> months(p) != null && months(p) <= 12
				&& pathways(p).stream().anyMatch((w) -> w.get("kind").asString().equals("credit"))
				&& pathways(p).stream()
					.anyMatch((w) -> CatalogJson.country(w.get("institution_id").asString()).equals("AU"));
		List<String> found = titles(Pages.fetch(this.mvc, "/programs?credit=true&country=AU&maxMonths=12"));
		assertThat(found).isNotEmpty().containsExactlyInAnyOrderElementsOf(titlesOf(expected));
	}

	@Test
	void shouldSearchCourseTitlesAndInstitutionNames() throws Exception {
		assertThat(titles(Pages.fetch(this.mvc, "/programs?q=probability")))
			.contains("MicroMasters Program in Statistics and Data Science");
		assertThat(titles(Pages.fetch(this.mvc, "/programs?q=Adelaide")))
			.containsExactly("MicroMasters Program in Big Data");
		assertThat(titles(Pages.fetch(this.mvc, "/programs?q=ADELAIDE%20big")))
			.containsExactly("MicroMasters Program in Big Data");
	}

	@Test
	void shouldSortByPriceWithUnknownPricesLast() throws Exception {
		List<String> expected = programs((p) -> true).stream()
			.sorted(Comparator.comparing(ProgramPagesTests::price, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((p) -> p.get("title").asString(), Collator.getInstance(Locale.ENGLISH)))
			.map((p) -> p.get("title").asString())
			.toList();
		Document page = Pages.fetch(this.mvc, "/programs?sort=price");
		List<String> found = titles(page);
		assertThat(found).containsExactlyElementsOf(expected);
		assertThat(page.selectFirst("#results-heading + .note").text()).contains("last price our sources state",
				"the year it is known for");
		assertThat(page.selectFirst(".program-card").text()).containsPattern("US\\$[0-9,.]+ \\((19|20)\\d\\d\\)");
		assertThat(found.get(0)).isEqualTo("MicroMasters Program in Entrepreneurship");
	}

	@Test
	void shouldSortByLargestCreditShare() throws Exception {
		List<String> found = titles(Pages.fetch(this.mvc, "/programs?sort=share"));
		BigDecimal best = programs((p) -> true).stream()
			.map(ProgramPagesTests::bestShare)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		assertThat(bestShare(programs((p) -> p.get("title").asString().equals(found.get(0))).get(0)))
			.isEqualByComparingTo(best);
	}

	@Test
	void shouldShowActiveFiltersEachRemovableByOneLink() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs?field=engineering&maxPrice=6000&sort=price");
		List<Element> chips = page.select(".active-filters a");
		assertThat(chips).hasSize(2);
		assertThat(chips.get(0).text()).contains("Field", "Engineering");
		assertThat(chips.get(0).attr("href")).isEqualTo("/programs?maxPrice=6000&sort=price");
		assertThat(chips.get(1).attr("href")).isEqualTo("/programs?field=engineering&sort=price");
	}

	@Test
	void shouldExplainAnEmptyResult() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs?maxPrice=10");
		assertThat(page.selectFirst("#results-heading").text()).isEqualTo("0 of 25 open programs");
		assertThat(page.selectFirst(".empty").text()).contains("No program matches");
		assertThat(page.select(".empty a[href=/programs]")).hasSize(1);
	}

	@Test
	void shouldShowEveryProgramFactWithItsSourceAndDate() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/mitx-supply-chain-management");
		assertThat(page.selectFirst("h1").text()).isEqualTo("MicroMasters Program in Supply Chain Management");
		String glance = page.selectFirst(".glance").text();
		assertThat(glance).contains("US$1,350", "as of 2017-02-15",
				"SCM MicroMasters FAQ (older version with per-course prices)", "12–24 months", "8–12 hours a week",
				"CFx comprehensive final exam");
		assertThat(page.select(".glance a[href=https://micromasters.mit.edu/scm/frequently-asked-questions/]"))
			.isNotEmpty();
		assertThat(page.select("table.courses tbody tr th").eachText().get(0)).startsWith("Supply Chain Analytics");
		assertThat(page.select("table.courses tbody tr")).hasSize(5);
		assertThat(page.selectFirst("table.courses tfoot").text()).contains("65");
		assertThat(page.select("nav.breadcrumbs a").eachText()).containsExactly("Home", "Programs",
				"MicroMasters Program in Supply Chain Management");
	}

	@Test
	void shouldShowEveryPathwayWithItsCreditAndConditions() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/mitx-supply-chain-management");
		List<JsonNode> expected = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("program_id").asString().equals("mitx-supply-chain-management"))
			.toList();
		assertThat(page.select(".pathway-card")).hasSize(expected.size());
		Element mit = page.select(".pathway-card")
			.stream()
			.filter((card) -> card.selectFirst("h3").text().equals("Master's degree in Supply Chain Management"))
			.findFirst()
			.orElseThrow();
		assertThat(mit.text()).contains("50 % of the degree", "as the source states it",
				"Separate application; the credential does not guarantee admission.",
				"confirmed on the university's own pages", "as of 2019");
	}

	@Test
	void shouldShowWhereSourcesDisagree() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/mitx-supply-chain-management");
		Element price = page.getElementById("conflict-mitx-supply-chain-management-price");
		assertThat(price).isNotNull();
		assertThat(price.select("tbody tr")).hasSize(6);
		// Bare numbers in the program's currency, as every other amount on the site;
		// words as the source wrote them.
		assertThat(price.select("tbody tr td:first-child").eachText()).containsExactly("US$1,350", "US$1,350",
				"US$1,200–US$1,500", "US$1,500", "US$1,080", "exam fee 200 (not 600)");
		assertThat(price.text()).contains("early FAQ estimate");
		assertThat(page.select(".glance a.disputed[href=#conflict-mitx-supply-chain-management-price]")).hasSize(1);
	}

	@Test
	void shouldMarkElectivesAndSayHowManyToChoose() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/mitx-statistics-and-data-science");
		List<JsonNode> courses = CatalogJson.array("courses")
			.stream()
			.filter((c) -> c.get("program_id").asString().equals("mitx-statistics-and-data-science"))
			.toList();
		long electives = courses.stream().filter((c) -> c.get("elective").booleanValue()).count();
		long core = courses.size() - electives;
		assertThat(page.select("#courses-heading ~ p").text())
			.contains("all " + core + " core courses and " + (4 - core) + " of the " + electives + " electives");
		assertThat(page.select("table.courses td:contains(elective)")).hasSize((int) electives);
		assertThat(page.text()).contains("IDS.S24x", "title not stated");
	}

	@Test
	void shouldSayWhatIsNotStatedInsteadOfZeroOrNull() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/anux-evidence-based-management");
		assertThat(page.selectFirst(".glance").text()).contains("not stated by our sources").doesNotContain("null");
		assertThat(page.selectFirst("main").text()).contains("Our sources do not list this program's courses.");
	}

	@Nested
	class BadInput {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', value = {
				"/programs?maxPrice=abc&field=engineering | maxPrice | Maximum price: | in the chosen currency",
				"/programs?currency=usd | currency | Currency of the maximum price: | ISO 4217",
				"/programs?currency=XYZ | currency | Currency of the maximum price: | no currency has this",
				"/programs?maxPrice=-5 | maxPrice | Maximum price: | from 0 to 1,000,000",
				"/programs?maxMonths=1.5 | maxMonths | Maximum length (months): | whole number of months",
				"/programs?field=astrology | field | Field: | fields in the menu",
				"/programs?sort=cheapest | sort | Sort by: | title, price, length or share",
				"/programs?credit=maybe | credit | Only programs with a credit pathway: | true or false",
				"/programs?country=usa | country | Receiving university's country: | two-letter code",
				"/programs?country=ZZ | country | Receiving university's country: | no receiving university",
				"/programs?institution=no-such-university | institution | University: | no university in the catalog" })
		void shouldAnswerBadRequestNamingTheFieldAsItsLabelDoes(String url, String parameter, String label,
				String allowed) throws Exception {
			Document page = Pages.fetch(ProgramPagesTests.this.mvc, url, 400);
			Element summary = page.selectFirst(".error-summary");
			assertThat(summary.text()).contains(label, allowed).doesNotContain("maxPrice", "maxMonths", "typeMismatch");
			assertThat(summary.select("a").eachAttr("href")).contains("#" + parameter);
			assertThat(page.getElementById(parameter).attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select(".program-card")).isEmpty();
			assertThat(page.select("header nav")).hasSize(1);
		}

		@Test
		void shouldKeepTheOtherFiltersAndShowInputBackEscaped() throws Exception {
			Document page = Pages.fetch(ProgramPagesTests.this.mvc,
					"/programs?field=engineering&maxPrice=%3Cscript%3Ealert(1)%3C/script%3E", 400);
			assertThat(page.select("#field option[selected]").attr("value")).isEqualTo("engineering");
			assertThat(page.getElementById("maxPrice").val()).isEqualTo("<script>alert(1)</script>");
			assertThat(page.select("script")).isEmpty();
		}

		@Test
		void shouldRefuseAVeryLongQuery() throws Exception {
			Document page = Pages.fetch(ProgramPagesTests.this.mvc, "/programs?q=" + "a".repeat(10_000), 400);
			assertThat(page.selectFirst(".error-summary").text())
				.contains("Search: shorten the text to at most 200 characters");
		}

		@Test
		void shouldAnswerAnUnknownProgramWithNotFound() throws Exception {
			Document page = Pages.fetch(ProgramPagesTests.this.mvc, "/programs/no-such-program", 404);
			assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page");
		}

	}

	static List<JsonNode> programs(Predicate<JsonNode> filter) {
		return CatalogJson.current("programs").stream().filter(filter).toList();
	}

	static List<String> titlesOf(Predicate<JsonNode> filter) {
		return programs(filter).stream().map((p) -> p.get("title").asString()).toList();
	}

	static List<String> titles(Document page) {
		return page.select(".program-card h3").eachText();
	}

	static BigDecimal price(JsonNode program) {
		Object value = CatalogJson.usd(program, "price");
		return (BigDecimal) value;
	}

	static Integer months(JsonNode program) {
		Object value = CatalogJson.value(program, "length_months.max");
		return (value != null) ? ((BigDecimal) value).intValueExact() : null;
	}

	static List<JsonNode> pathways(JsonNode program) {
		return CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("program_id").asString().equals(program.get("id").asString()))
			.toList();
	}

	static BigDecimal bestShare(JsonNode program) {
		return pathways(program).stream()
			.map((w) -> (BigDecimal) CatalogJson.value(w, "credit.share_percent"))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
