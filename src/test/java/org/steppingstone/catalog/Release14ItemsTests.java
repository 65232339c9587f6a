package org.steppingstone.catalog;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds of item catalog 1.4 brought, as the database holds them and the pages show
 * them: the first degree in Europe with its tuition in euros, a pathway known only by its
 * ceiling, an admission pathway that names its degree; and a pathway that ends at a
 * university says once that our sources name no degree.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Release14ItemsTests {

	private static final String ZLC = "zlc-master-logistics-supply-chain-management";

	private static final String ZLC_PATHWAY = "mitx-supply-chain-management-to-" + ZLC;

	private static final String POLYU_PATHWAY = "polyu-international-hospitality-management-to-polyu-msc-international-hospitality-management";

	private static final String ANU_PATHWAY = "anux-evidence-based-management-to-anu-master-of-leadership";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldKeepTheEuropeanDegreesTuitionInEuros() throws Exception {
		assertThat(this.jdbc
			.sql("select d.tuition_amount, d.tuition_currency, d.tuition_value, d.tuition_as_of, d.tuition_basis,"
					+ " i.country from degrees d join institutions i on i.id = d.institution_id where d.id = ?")
			.param(ZLC)
			.query((rs, n) -> List.of(rs.getBigDecimal(1).stripTrailingZeros().toPlainString(), rs.getString(2),
					String.valueOf(rs.getBigDecimal(3)), rs.getString(4), rs.getString(5), rs.getString(6)))
			.single()).containsExactly("24300", "EUR", "null", "2026-08", "whole-degree", "ES");

		Element main = Pages.fetch(this.mvc, "/degrees/" + ZLC).selectFirst("main");
		assertThat(main.selectFirst("h1").text())
			.isEqualTo("MIT SCALE Master in Logistics and Supply Chain Management (ZLOG)");
		assertThat(main.text()).contains("Zaragoza Logistics Center", "Spain", "€24,300", "as of 2026-08",
				"90 ECTS credits", "9 months", "this is the residential fee");
		assertThat(main.select("a[href=https://www.zlc.edu.es/education/mit-scale-master-logistics/]")).isNotEmpty();
		assertThat(main.select("a[href=/pathways/" + ZLC_PATHWAY + "]")).isNotEmpty();

		Element pathway = Pages.fetch(this.mvc, "/pathways/" + ZLC_PATHWAY).selectFirst("main");
		assertThat(pathway.text()).contains("€24,300",
				// Converted at the reference rate for the route's totals, the amount as
				// published beside it.
				"€24,300 tuition (≈ US$27,983 at the June 2026 average rate, Federal Reserve)",
				"MicroMasters route: at most US$29,332.50, at most 33 months.",
				"The degree's fee on record is the residential route's; no fee for the blended route was found.");
		assertThat(pathway.text()).doesNotContain("US$24,300", "€0");
	}

	@Test
	void shouldShowAPathwayKnownOnlyByItsCeilingAsUpToNeverAsAnAmount() throws Exception {
		assertThat(this.jdbc
			.sql("select credit_value, credit_share_percent, credit_max_share_percent, credit_max_source_id"
					+ " from pathways where id = ?")
			.param(POLYU_PATHWAY)
			.query((rs, n) -> List.of(String.valueOf(rs.getBigDecimal(1)), String.valueOf(rs.getBigDecimal(2)),
					rs.getBigDecimal(3).stripTrailingZeros().toPlainString(), rs.getString(4)))
			.single()).containsExactly("null", "null", "50", "polyu-tpg-credit-transfer");

		Document page = Pages.fetch(this.mvc, "/pathways/" + POLYU_PATHWAY);
		Element credit = page.selectFirst("dl.pathway-facts");
		assertThat(credit.text()).contains("amount not stated by our sources",
				"(at most 50 % of the degree: a ceiling, not the amount granted)");
		assertThat(credit.select(".share, .credit-value")).isEmpty();
		assertThat(page.select("a[href=/degrees/polyu-msc-international-hospitality-management]")).isNotEmpty();

		Element program = Pages.fetch(this.mvc, "/programs/polyu-international-hospitality-management")
			.selectFirst("main");
		assertThat(program.text()).contains("Up to 50 % of a degree (a ceiling)", "Luxury Management",
				"Managing Human Resources in the Hospitality and Tourism Industry",
				"MSc in International Hospitality Management");
		assertThat(program.select("table tbody tr")).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void shouldLinkTheDegreeOfAnAdmissionPathway() throws Exception {
		Element main = Pages.fetch(this.mvc, "/pathways/" + ANU_PATHWAY).selectFirst("main");
		assertThat(main.selectFirst(".route a[href=/degrees/anu-master-of-leadership]").text())
			.isEqualTo("Master of Leadership");
		assertThat(main.text()).contains("counts for admission", "no credit: counts as an entry qualification",
				"96 course credits");
		assertThat(main.text()).doesNotContain("a degree our sources do not name");

		Element degree = Pages.fetch(this.mvc, "/degrees/anu-master-of-leadership").selectFirst("main");
		assertThat(degree.select("a[href=/pathways/" + ANU_PATHWAY + "]")).isNotEmpty();
		assertThat(degree.text()).contains("Australian National University", "not stated by our sources");
	}

	@Test
	void shouldSayOnceThatOurSourcesNameNoDegreeWhereAPathwayEndsAtAUniversity() throws Exception {
		List<String> universityOnly = this.jdbc.sql("select id from pathways where degree_id is null order by id")
			.query(String.class)
			.list();
		assertThat(universityOnly).hasSize(6);
		for (String id : universityOnly) {
			Element main = Pages.fetch(this.mvc, "/pathways/" + id).selectFirst("main");
			Element to = main.select(".route-step").get(1);
			assertThat(to.text()).as(id).contains("a degree our sources do not name");
			assertThat(main.select(":containsOwn(a degree our sources do not name)")).as(id).hasSize(1);
			assertThat(to.select("a[href^=/degrees/]")).as(id).isEmpty();
			assertThat(main.selectFirst("#degree-heading")).as(id).isNull();
		}
	}

}
