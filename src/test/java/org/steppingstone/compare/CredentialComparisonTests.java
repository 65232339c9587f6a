package org.steppingstone.compare;

import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;

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
		assertThat(table.select("tbody th[scope=row] > span").eachText()).containsExactly("Nature", "Duration", "Cost",
				"Focus", "Admissions", "Outcome", "Recognition", "Weekly effort", "Credits", "Pathways");
		assertThat(row(table, "Cost")).containsExactly("US$1,350 (2017)", "US$74,000 tuition (2018)",
				"US$985.50 (2022)");
		assertThat(row(table, "Duration")).containsExactly("12–24 months", "10 months", "12 months");
		assertThat(row(table, "Credits")).containsExactly("5 courses to pass", "90 MIT units", "5 courses to pass");
		assertThat(row(table, "Weekly effort").get(2)).isEqualTo("not stated by our sources");
		assertThat(row(table, "Nature").get(1))
			.isEqualTo("Full academic degree from Massachusetts Institute of Technology");
	}

	@Test
	void shouldShowEachFigureInOneRowOnly() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		List<List<String>> rows = table.select("tbody tr").stream().map((tr) -> tr.select("td").eachText()).toList();
		assertThat(rows).hasSize(10).doesNotHaveDuplicates();
	}

	@Test
	void shouldDefineEachRowWithoutJavaScript() throws Exception {
		Element table = Pages.fetch(this.mvc, THREE).selectFirst("table.side-by-side");
		assertThat(table.select("tbody th details")).hasSize(10);
		assertThat(table.select("tbody tr").get(1).selectFirst("details").text())
			.contains("Shorter (typically 6 months to 1.5 years)", "Longer (typically 1.5 to 3 years)");
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
		assertThat(one.select("select#add-item option")).hasSize(25 + 24 - 1);
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
		assertThat(Pages.fetch(this.mvc, "/degrees").select("input[type=checkbox][name=item]")).hasSize(24);
	}

	private static List<String> row(Element table, String name) {
		return table.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th > span").text().equals(name))
			.findFirst()
			.orElseThrow()
			.select("td")
			.eachText();
	}

}
