package org.steppingstone.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

@SpringBootTest
@AutoConfigureMockMvc
class CredentialComparisonTests {

	private static final String THREE = "/compare/credentials?item=program:mitx-supply-chain-management"
			+ "&item=degree:mit-masters-supply-chain-management&item=program:adelaidex-big-data";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldPutProgramsAndDegreesSideBySide() throws Exception {
		Document page = Pages.fetch(this.mvc, THREE);
		Element table = page.selectFirst("table.side-by-side");
		assertThat(table.select("thead th[scope=col] > a.credential-title").eachText()).containsExactly(
				"MicroMasters Program in Supply Chain Management", "Master's degree in Supply Chain Management",
				"MicroMasters Program in Big Data");
		assertThat(table.select("tbody th[scope=row] > span").eachText()).containsExactly("What it is",
				"Price or tuition", "MicroMasters price per course", "Master's tuition per credit",
				"Share of a Master's credited", "Cheapest route we can total", "Length", "Weekly effort",
				"Courses or credits", "Field", "Admission", "Pathways");
		assertThat(row(table, "cost")).containsExactly("US$1,350 (2017)", "US$74,000 tuition (2018)",
				"US$985.50 (2022)");
		assertThat(row(table, "duration")).containsExactly("12–24 months (undated)", "10 months (undated)",
				"12 months (2022)");
		assertThat(row(table, "credits")).containsExactly("5 courses to pass", "90 MIT units", "5 courses to pass");
		assertThat(row(table, "effort").get(2)).isEqualTo("not stated by our sources");
		assertThat(row(table, "nature").get(1))
			.isEqualTo("Full academic degree from Massachusetts Institute of Technology");
	}

	@Test
	void shouldAnswerTheWhatIfOfAMicroMastersAndAMastersNoPathwayLinks() throws Exception {
		Document page = Pages.fetch(this.mvc, "/compare/credentials?item=program:mitx-statistics-and-data-science"
				+ "&item=degree:gatech-online-ms-analytics");
		Element whatIf = page.selectFirst("section.what-if");
		assertThat(whatIf.selectFirst("h2").text()).isEqualTo("If you take the MicroMasters Program in Statistics and "
				+ "Data Science, then the Online Master of Science in Analytics (OMS Analytics)");
		assertThat(whatIf.text()).contains(
				"No pathway in our catalog: as far as our sources say, this degree does not "
						+ "count this MicroMasters",
				// 1,500 + 9,900 with no credit; 18–24 + 12–36 months.
				"Without credit: US$1,500 + US$9,900 = US$11,400 and 30–60 months, against US$9,900 and 12–36 months "
						+ "for the Master's alone.");
		// A pathway's own pair keeps its credit: no what-if.
		assertThat(Pages
			.fetch(this.mvc,
					"/compare/credentials?item=program:mitx-supply-chain-management"
							+ "&item=degree:mit-masters-supply-chain-management")
			.select("section.what-if")).isEmpty();
		// A missing tuition is never counted as zero.
		assertThat(Pages
			.fetch(this.mvc,
					"/compare/credentials?item=program:mitx-statistics-and-data-science"
							+ "&item=degree:rit-ms-data-science")
			.selectFirst("section.what-if")
			.text())
			.contains("Without credit, the two cannot be totalled: not stated by our sources: Master's tuition.");
		// An unknown id is refused, the others kept in the message.
		Pages.fetch(this.mvc,
				"/compare/credentials?item=program:mitx-statistics-and-data-science" + "&item=degree:no-such-degree",
				400);
	}

	@Test
	void shouldOrderTheRowsByTheirKeysWhatLearnersDecideOnFirst() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		assertThat(table.select("tbody tr").eachAttr("id")).containsExactly("row-nature", "row-cost", "row-perCourse",
				"row-perCredit", "row-share", "row-route", "row-duration", "row-effort", "row-credits", "row-focus",
				"row-admissions", "row-pathways");
	}

	@Test
	void shouldShowEachFigureInOneRowOnly() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		List<List<String>> rows = table.select("tbody tr").stream().map((tr) -> tr.select("td").eachText()).toList();
		assertThat(rows).hasSize(CredentialComparisons.ROWS.size()).doesNotHaveDuplicates();
		assertThat(table.select("tbody th[scope=row] > span").eachText()).doesNotHaveDuplicates()
			.doesNotContain("Duration", "Cost", "Outcome", "Recognition");
	}

	@Test
	void shouldDivideEachPriceByItsCoursesToTheCent() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		JsonNode scm = item("programs", "mitx-supply-chain-management");
		JsonNode degree = item("degrees", "mit-masters-supply-chain-management");
		JsonNode bigData = item("programs", "adelaidex-big-data");
		// A price per course and a tuition per credit never share a row.
		assertThat(row(table, "perCourse")).containsExactly(
				usd(quotient(scm, "price", coursesToPass(scm))) + " a course (2017) US$1,350 ÷ " + coursesToPass(scm)
						+ " courses",
				"does not apply: a Master's is priced per credit (next row)",
				usd(quotient(bigData, "price", coursesToPass(bigData))) + " a course (2022) US$985.50 ÷ "
						+ coursesToPass(bigData) + " courses");
		assertThat(row(table, "perCredit")).containsExactly(
				"does not apply: a MicroMasters is priced per course (row above)",
				usd(quotient(degree, "tuition", degree.get("credits_total").get("value").decimalValue()))
						+ " per MIT unit (2018) US$74,000 ÷ 90 MIT units",
				"does not apply: a MicroMasters is priced per course (row above)");
		assertThat(table.select("#row-perCourse th[scope=row] > span").text())
			.isEqualTo("MicroMasters price per course");
		assertThat(table.select("#row-perCredit th[scope=row] > span").text()).isEqualTo("Master's tuition per credit");
		assertThat(row(table, "perCourse").get(2)).startsWith("US$197.10 a course");
	}

	@Test
	void shouldSayTheShareCreditedWithItsYears() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		List<JsonNode> scm = pathwaysWith("program_id", "mitx-supply-chain-management");
		List<BigDecimal> shares = shares(scm);
		long undated = scm.stream()
			.filter((w) -> !w.get("credit").get("share_percent").isNull())
			.filter((w) -> w.get("as_of").isNull())
			.count();
		assertThat(row(table, "share").get(0))
			.isEqualTo(percent(shares.get(0)).replace(" %", "") + "–" + percent(shares.get(shares.size() - 1))
					+ " of a Master's (its pathways' dates: 2019; " + undated + " undated)");
		assertThat(row(table, "share").get(1))
			.isEqualTo(percent(shares(pathwaysWith("degree_id", "mit-masters-supply-chain-management")).get(0))
					+ " of a Master's (its pathways' dates: 2019)");
		assertThat(row(table, "share").get(2)).isEqualTo("25 % of a Master's (its pathways' dates: 2017)");
	}

	@Test
	void shouldTotalTheCheapestRouteAsThePathwayPageDoes() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		JsonNode scm = item("programs", "mitx-supply-chain-management");
		JsonNode degree = item("degrees", "mit-masters-supply-chain-management");
		BigDecimal share = shares(pathwaysWith("degree_id", "mit-masters-supply-chain-management")).get(0);
		BigDecimal total = scm.get("price")
			.get("value")
			.decimalValue()
			.add(degree.get("tuition")
				.get("value")
				.decimalValue()
				.multiply(BigDecimal.valueOf(100).subtract(share))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
		assertThat(row(table, "route")).containsExactly(
				usd(total) + " with Massachusetts Institute of Technology's Master's degree in Supply Chain Management"
						+ " (2017–2018 prices)",
				usd(total) + " from Massachusetts Institute of Technology's MicroMasters Program in Supply Chain"
						+ " Management (2017–2018 prices)",
				"none we can total: a figure is missing");
		assertThat(table.select("#row-route a").eachAttr("href")).containsExactly(
				"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management",
				"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management");
		assertThat(table.text()).doesNotContain("−US$", "-US$", "−HK$", "saved", "saving");
	}

	@Test
	void shouldKeepEachAmountInItsOwnCurrencyAndMarkACeilingAsACeiling() throws Exception {
		Element table = Pages
			.fetch(this.mvc,
					"/compare/credentials?item=program:hkustx-big-data-technology"
							+ "&item=degree:hkust-msc-big-data-technology")
			.selectFirst("table.side-by-side");
		JsonNode degree = item("degrees", "hkust-msc-big-data-technology");
		JsonNode ceiling = pathwaysWith("degree_id", "hkust-msc-big-data-technology").get(0).get("credit");
		assertThat(row(table, "cost").get(1)).isEqualTo("HK$242,000 tuition (2024)");
		assertThat(row(table, "perCredit").get(1)).isEqualTo("HK$"
				+ String.format(Locale.UK, "%,.2f",
						quotient(degree, "tuition", degree.get("credits_total").get("value").decimalValue()))
				+ " per course credit (2024) HK$242,000 ÷ 30 course credits");
		assertThat(row(table, "share").get(1))
			.isEqualTo("up to " + percent(ceiling.get("max_share_percent").decimalValue())
					+ " (2024) a ceiling: the share granted is not stated");
		assertThat(row(table, "share").get(0)).startsWith("up to 50 %");
		// The tuition in Hong Kong dollars takes part at our reference rate (HK$1 = US$1
		// ÷
		// 7.8377), and stays shown as published: the program's cheapest route is to the
		// MSc IT (1,450 + 18,755.50), the degree's own route 1,450 + 30,876.41.
		assertThat(row(table, "route")).containsExactly(
				"US$20,205.50 (HK$147,000 ≈ US$18,756 at the June 2026 average rate, Federal Reserve) with The Hong Kong "
						+ "University of Science and Technology's MSc in Information Technology (2022 prices)",
				"US$32,326.41 (HK$242,000 ≈ US$30,876 at the June 2026 average rate, Federal Reserve) from The Hong Kong "
						+ "University of Science and Technology's MicroMasters Program in Big Data Technology (2022–2024 prices)");
		assertThat(table.text()).doesNotContain("US$242", "HK$1,450");
	}

	@Test
	void shouldSayHowManyOfTheCoursesAreNeeded() throws Exception {
		Element table = Pages
			.fetch(this.mvc,
					"/compare/credentials?item=program:mitx-statistics-and-data-science"
							+ "&item=program:ubcx-software-development")
			.selectFirst("table.side-by-side");
		assertThat(row(table, "credits")).containsExactly("4 of 6 courses to pass", "6 courses to pass");
		assertThat(row(table, "perCourse")).containsExactly("US$375 a course (2022) US$1,500 ÷ 4 courses",
				"US$154.17 a course (2022) US$925 ÷ 6 courses");
		assertThat(row(table, "pathways").get(1)).startsWith("Counted by 2 pathways to a Master's");
	}

	@Test
	void shouldLeaveAHistoricalPathwayOutOfADegreesFigures() throws Exception {
		Element table = Pages
			.fetch(this.mvc,
					"/compare/credentials?item=degree:columbia-ms-operations-research"
							+ "&item=program:columbiax-business-analytics")
			.selectFirst("table.side-by-side");
		assertThat(row(table, "share").get(0)).isEqualTo("not stated by our sources");
		assertThat(row(table, "share").get(1)).startsWith("20.8–25 % of a Master's");
		assertThat(table.select("#row-pathways td").get(0).select(".badge").eachText()).containsExactly("Historical");
		assertThat(table.select("thead th[scope=col]").get(2).select(".badge").eachText())
			.containsExactly("MicroMasters", "Retired");
	}

	@Test
	void shouldDefineEachRowWithoutJavaScript() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		assertThat(table.select("tbody th details")).hasSize(CredentialComparisons.ROWS.size());
		assertThat(table.selectFirst("#row-duration details").text())
			.contains("Shorter (typically 6 months to 1.5 years)", "Longer (typically 1.5 to 3 years)");
		assertThat(Pages.fetch(this.mvc, THREE).text()).doesNotContain("made concrete", "aspects", "''");
		assertThat(table.selectFirst("#row-share details").text()).contains("How much of a Master's degree");
	}

	@Test
	void shouldLinkToTheSameComparisonWithoutEachItem() throws Exception {
		Document page = Pages.fetch(this.mvc, THREE);
		assertThat(page.select("a.remove").eachAttr("href")).first()
			.isEqualTo(
					"/compare/credentials?item=degree:mit-masters-supply-chain-management&item=program:adelaidex-big-data");
		assertThat(page.select(".add-form input[type=hidden][name=item]")).hasSize(3);
		assertThat(page.select(".add-form option[value=program:mitx-supply-chain-management]")).isEmpty();
	}

	@Test
	void shouldAskForASecondCredential() throws Exception {
		assertThat(Pages.fetch(this.mvc, "/compare/credentials").selectFirst(".notice").text())
			.contains("at least two");
		Document one = Pages.fetch(this.mvc, "/compare/credentials?item=program:adelaidex-big-data");
		assertThat(one.selectFirst(".notice").text()).contains("add at least one more");
		assertThat(one.select("select#add-item option")).hasSize(26 + 27 - 1);
	}

	@Test
	void shouldStopAddingAtFour() throws Exception {
		Document page = Pages.fetch(this.mvc, THREE + "&item=degree:gatech-online-ms-analytics");
		assertThat(page.select("table.side-by-side thead th[scope=col] > a.credential-title")).hasSize(4);
		assertThat(page.select(".add-form")).isEmpty();
		assertThat(page.selectFirst("main").text()).contains("at most 4");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "item=program:no-such-program&item=program:adelaidex-big-data | program:no-such-program",
					"item=bogus&item=program:adelaidex-big-data | bogus",
					"item=course:x&item=program:adelaidex-big-data | course:x",
					"item=program:a&item=program:b&item=program:c&item=program:d&item=program:e | at most 4" })
	void shouldRefuseABadComparisonNamingTheItem(String query, String named) throws Exception {
		Document page = Pages.fetch(this.mvc, "/compare/credentials?" + query, 400);
		assertThat(page.selectFirst(".error-summary").text()).contains(named);
		assertThat(page.select("table.side-by-side")).isEmpty();
	}

	@Test
	void shouldOfferComparisonFromTheCatalog() throws Exception {
		Document list = Pages.fetch(this.mvc, "/programs");
		assertThat(list.select("form[action=/compare/credentials] input[type=checkbox][name=item]"))
			.hasSize(CatalogJson.current("programs").size());
		Document program = Pages.fetch(this.mvc, "/programs/mitx-supply-chain-management");
		assertThat(program.select("form.compare-bar input[name=item]").eachAttr("value"))
			.contains("program:mitx-supply-chain-management", "degree:mit-masters-supply-chain-management");
		Document degree = Pages.fetch(this.mvc, "/degrees/mit-masters-supply-chain-management");
		assertThat(degree.select("form.compare-bar input[name=item]").eachAttr("value"))
			.containsExactly("degree:mit-masters-supply-chain-management", "program:mitx-supply-chain-management");
		assertThat(Pages.fetch(this.mvc, "/degrees").select("input[type=checkbox][name=item]")).hasSize(27);
	}

	private static List<String> row(Element table, String key) {
		return table.selectFirst("tbody tr#row-" + key).select("td").eachText();
	}

	private static List<JsonNode> pathwaysWith(String field, String id) {
		return CatalogJson.current("pathways").stream().filter((w) -> id.equals(CatalogJson.value(w, field))).toList();
	}

	private static List<BigDecimal> shares(List<JsonNode> pathways) {
		return pathways.stream()
			.map((w) -> (BigDecimal) CatalogJson.value(w, "credit.share_percent"))
			.filter(Objects::nonNull)
			.sorted()
			.toList();
	}

	private static BigDecimal coursesToPass(JsonNode program) {
		JsonNode required = program.get("required_course_count");
		return (required.isNull() ? program.get("course_count") : required).decimalValue();
	}

	private static BigDecimal quotient(JsonNode node, String amount, BigDecimal by) {
		return node.get(amount).get("value").decimalValue().divide(by, 2, RoundingMode.HALF_UP);
	}

	/** US$270 or US$197.10: cents only when there are some. */
	private static String usd(BigDecimal amount) {
		return "US$" + (amount.stripTrailingZeros().scale() <= 0 ? String.format(Locale.UK, "%,d", amount.longValue())
				: String.format(Locale.UK, "%,.2f", amount));
	}

	private static String percent(BigDecimal share) {
		return share.stripTrailingZeros().toPlainString() + " %";
	}

}
