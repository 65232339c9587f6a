package org.steppingstone.guide;

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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class GuidePagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private GuideRepository guide;

	@Test
	void shouldLinkTheQuotedShareToWhatTheCatalogStates() throws Exception {
		Document home = Pages.fetch(this.mvc, "/");
		Element link = home.selectFirst("#characteristics ~ dl a.to-data");
		assertThat(link.parent().text()).contains("25-50% or more");
		assertThat(link.attr("href")).isEqualTo("/compare#figures-shares");
		// The catalog's figures count the credit pathways open today, and say so.
		List<JsonNode> pathways = CatalogJson.current("pathways")
			.stream()
			.filter((w) -> "credit".equals(w.get("kind").asString()))
			.toList();
		long stating = pathways.stream().filter((w) -> !w.get("credit").get("share_percent").isNull()).count();
		Element row = Pages.fetch(this.mvc, "/compare").getElementById("figures-shares");
		assertThat(row.text()).startsWith("Share of a Master's credited")
			.contains(stating + " of " + pathways.size() + " credit pathways open today; ");
		String most = pathways.stream()
			.filter((w) -> !w.get("credit").get("share_percent").isNull())
			.map((w) -> w.get("credit").get("share_percent").decimalValue())
			.max(java.math.BigDecimal::compareTo)
			.orElseThrow()
			.stripTrailingZeros()
			.toPlainString();
		assertThat(Pages.fetch(this.mvc, "/compare").getElementById("figures-shares-most").text())
			.isEqualTo("None of the " + stating + " credit pathways that state a share credits more than " + most
					+ " % of a Master's; the other " + (pathways.size() - stating) + " state none.");
	}

	@Test
	void shouldAnswerTheQuestionOnTheHomePage() throws Exception {
		Document page = Pages.fetch(this.mvc, "/");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Is a MicroMasters a degree?");
		assertThat(page.selectFirst(".answer").text())
			.startsWith("No, a MicroMasters is not a full academic degree in the traditional sense");
		assertThat(page.select("#characteristics ~ dl dt").eachText()).containsExactly("Graduate-Level Content",
				"Career Advancement", "Employer Recognition", "Flexible Learning", "Pathway to a Master's Degree");
		assertThat(page.select("#reasons ~ dl dt").eachText()).containsExactly("Skill Enhancement", "Career Change",
				"Master's Degree Exploration", "Cost-Effective Learning", "Flexibility");
		assertThat(page.select("main a[href=/compare]")).isNotEmpty();
		assertThat(page.select("main a[href=/programs]")).isNotEmpty();
		assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Home");
		assertThat(page.select("footer a[href=/sources]")).hasSize(1);
	}

	@Test
	void shouldShowTheComparisonTableFromTheDatabase() throws Exception {
		Document page = Pages.fetch(this.mvc, "/compare");
		Element table = page.selectFirst("table.comparison");
		assertThat(table.selectFirst("caption").text()).isNotBlank();
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Feature", "MicroMasters Program",
				"Traditional Master's Degree");
		List<ComparisonAspect> aspects = this.guide.findComparisonAspects();
		assertThat(aspects).hasSize(7);
		assertThat(table.select("tbody tr")).hasSize(7);
		for (int i = 0; i < aspects.size(); i++) {
			Element row = table.select("tbody tr").get(i);
			assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo(aspects.get(i).getAspect());
			assertThat(row.select("td").eachText()).containsExactly(aspects.get(i).getMicromasters(),
					aspects.get(i).getMasters());
		}
		assertThat(table.select("tbody tr").get(1).select("td").eachText())
			.containsExactly("Shorter (typically 6 months to 1.5 years)", "Longer (typically 1.5 to 3 years)");
		assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Compare");
	}

	@Test
	void shouldAnswerAnUnknownPathWithANotFoundPageInTheLayout() throws Exception {
		Document page = Pages.fetch(this.mvc, "/no-such-page", 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page");
		assertThat(page.select("header nav a")).hasSizeGreaterThan(4);
		assertThat(page.select("footer")).hasSize(1);
	}

}
