package org.steppingstone.routes;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One arithmetic for a route wherever it is totalled: the route finder, the calculator,
 * the program page's cheapest route and the side-by-side comparison agree. HKUST's Big
 * Data MicroMasters (US$1,450) with its MSc in Information Technology (HK$147,000,
 * charged in full after credit): HK$1 = 1 ÷ 7.8377 = US$0.12758845069344 (June 2026, 14
 * places), HK$147,000 = US$18,755.50, in all US$20,205.50, exact without the share.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneArithmeticTests {

	private static final String ROUTE = "hkustx-big-data-technology-to-hkust-msc-information-technology";

	private static final String TOTAL = "US$20,205.50";

	private static final String NOTE = "HK$147,000 ≈ US$18,756 at the June 2026 average rate";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldTotalARouteWithAFigureInHongKongDollarsAlikeOnEveryPage() throws Exception {
		Element card = Pages.fetch(this.mvc, "/routes")
			.selectFirst("article.route-card:has(h3 a[href=/pathways/" + ROUTE + "])");
		assertThat(card.selectFirst(".route-answer").text()).contains(TOTAL);
		assertThat(card.text()).contains("≈ US$18,756 at the June 2026 average rate (Federal Reserve)");

		Document calculator = Pages.fetch(this.mvc, "/calculator?pathway=" + ROUTE);
		assertThat(calculator.selectFirst("table.results tbody tr").text()).contains(TOTAL);
		assertThat(calculator.selectFirst(".currency-notice").text()).contains(NOTE);

		// The program's cheapest route: its other one, to the MSc in Big Data Technology,
		// costs US$32,326.41.
		Document program = Pages.fetch(this.mvc, "/programs/hkustx-big-data-technology");
		Element cheapest = program.select(".answer-items li")
			.stream()
			.filter((li) -> li.text().startsWith("Cheapest route"))
			.findFirst()
			.orElseThrow();
		assertThat(cheapest.text())
			.startsWith("Cheapest route we can total: " + TOTAL
					+ ", with The Hong Kong University of Science and Technology's MSc in Information Technology")
			.contains("(" + NOTE + ", Federal Reserve)");
		assertThat(cheapest.select("a").attr("href")).isEqualTo("/pathways/" + ROUTE);

		Document comparison = Pages.fetch(this.mvc, "/compare/credentials?item=program:hkustx-big-data-technology"
				+ "&item=degree:hkust-msc-information-technology");
		Element route = comparison.selectFirst("table.side-by-side tbody tr#row-route");
		assertThat(route.select("td").get(0).text()).startsWith(TOTAL).contains("(" + NOTE + ", Federal Reserve)");
		assertThat(route.select("td").get(1).text()).startsWith(TOTAL);
	}

}
