package org.steppingstone.catalog;

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

/**
 * A retired program and its historical pathways keep their pages, say so with the date
 * and the reason wherever they are shown, and stay out of default listings and figures
 * unless the learner asks for them. Expected values come from the catalog's data file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetiredAndHistoricalTests {

	private static final String RETIRED = "columbiax-business-analytics";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogFigures figures;

	private static JsonNode retired() {
		return CatalogJson.array("programs")
			.stream()
			.filter((p) -> "retired".equals(p.get("status").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static List<JsonNode> historical() {
		return CatalogJson.array("pathways")
			.stream()
			.filter((w) -> "historical".equals(w.get("status").asString()))
			.toList();
	}

	private static String note() {
		return retired().get("retired_on").get("note").asString();
	}

	@Test
	void theCatalogHasOneRetiredProgramWithFourHistoricalPathways() {
		assertThat(retired().get("id").asString()).isEqualTo(RETIRED);
		assertThat(retired().get("retired_on").get("value").asString()).isEqualTo("2021-08-30");
		assertThat(historical()).hasSize(4)
			.allSatisfy((w) -> assertThat(w.get("program_id").asString()).isEqualTo(RETIRED));
	}

	@Test
	void shouldKeepTheRetiredProgramPageWithLabelDateReasonAndSource() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/" + RETIRED);
		Element notice = page.selectFirst("main .retired-notice");
		assertThat(notice).isNotNull();
		assertThat(notice.text()).contains("Retired", "Ended on 30 August 2021", note());
		assertThat(notice.select("a[href]").eachAttr("href")).isNotEmpty();
		assertThat(page.select(".pathway-card")).hasSize(historical().size())
			.allSatisfy((card) -> assertThat(card.select(".badge").text()).contains("historical"));
	}

	@Test
	void shouldLeaveTheRetiredProgramOutOfTheDefaultListUnlessAsked() throws Exception {
		int all = CatalogJson.array("programs").size();
		Document page = Pages.fetch(this.mvc, "/programs");
		assertThat(page.select(".program-card h3 a").eachAttr("href")).doesNotContain("/programs/" + RETIRED);
		assertThat(page.selectFirst("#results-heading").text())
			.isEqualTo((all - 1) + " of " + (all - 1) + " open programs");
		assertThat(page.selectFirst(".retired-not-counted").text())
			.isEqualTo("1 retired program is not counted here: include retired programs to see it.");
		assertThat(page.selectFirst("input#includeRetired")).isNotNull();

		Document with = Pages.fetch(this.mvc, "/programs?includeRetired=true");
		assertThat(with.selectFirst("#results-heading").text())
			.isEqualTo(all + " of " + all + " programs, retired ones included");
		Element card = with.select(".program-card")
			.stream()
			.filter((c) -> c.selectFirst("h3 a").attr("href").endsWith("/programs/" + RETIRED))
			.findFirst()
			.orElseThrow();
		assertThat(card.selectFirst(".retired-notice").text()).contains("Retired", "30 August 2021", note());
	}

	@Test
	void shouldOfferHoldersAWayInFromTheHomePage() throws Exception {
		Element link = Pages.fetch(this.mvc, "/").selectFirst("a[href=/programs?includeRetired=true]");
		assertThat(link).isNotNull();
		assertThat(link.text()).startsWith("Already hold a MicroMasters, even a retired one?");
		assertThat(Pages.fetch(this.mvc, link.attr("href")).select(".program-card h3 a").eachAttr("href"))
			.contains("/programs/" + RETIRED);
	}

	@Test
	void shouldSayWhenARetiredProgramAlsoMatchesASearch() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs?q=business%20analytics");
		assertThat(page.select(".program-card h3 a").eachAttr("href")).doesNotContain("/programs/" + RETIRED);
		Element hint = page.selectFirst(".retired-also a");
		assertThat(hint).isNotNull();
		assertThat(hint.text()).isEqualTo("1 retired program also matches: show it");
		assertThat(hint.attr("href")).isEqualTo("/programs?q=business%20analytics&includeRetired=true");
		Document shown = Pages.fetch(this.mvc, hint.attr("href"));
		assertThat(shown.select(".program-card h3 a").eachAttr("href")).contains("/programs/" + RETIRED);
		assertThat(shown.selectFirst(".retired-also")).isNull();
		// No hint where no retired program matches, nor on the unfiltered list.
		assertThat(Pages.fetch(this.mvc, "/programs?q=supply%20chain").selectFirst(".retired-also")).isNull();
		assertThat(Pages.fetch(this.mvc, "/programs").selectFirst(".retired-also")).isNull();
	}

	@Test
	void shouldLinkFromTheRetiredProgramAndItsDegreesToTheirHistoricalRoutes() throws Exception {
		String link = Pages.fetch(this.mvc, "/programs/" + RETIRED)
			.select("a[href^=/routes]")
			.stream()
			.filter((a) -> a.text().startsWith("Every route from this program"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(link).isEqualTo("/routes?program=" + RETIRED + "&includeHistorical=true");
		Document routes = Pages.fetch(this.mvc, link);
		assertThat(routes.select("main a[href^=/pathways/]").eachAttr("href")).isNotEmpty()
			.anyMatch((href) -> href.contains(RETIRED));
		// A degree that only the retired program led to opens its historical routes too;
		// others do not.
		for (JsonNode w : historical()) {
			if (w.get("degree_id").isNull()) {
				continue;
			}
			String degree = w.get("degree_id").asString();
			boolean onlyHistorical = CatalogJson.array("pathways")
				.stream()
				.filter((o) -> degree.equals(o.get("degree_id").asString()))
				.allMatch((o) -> "historical".equals(o.get("status").asString()));
			String href = Pages.fetch(this.mvc, "/degrees/" + degree)
				.select("a[href^=/routes?degree=]")
				.first()
				.attr("href");
			assertThat(href).as(degree)
				.isEqualTo("/routes?degree=" + degree + (onlyHistorical ? "&includeHistorical=true" : ""));
			if (onlyHistorical) {
				// In the past tense, for holders: never "counts toward this degree".
				assertThat(Pages.fetch(this.mvc, "/degrees/" + degree).select(".answer-items li").eachText()).as(degree)
					.contains("1 retired MicroMasters counted toward this degree until 2021; no source since says "
							+ "whether it still does:")
					.noneMatch((li) -> li.contains("counts toward this degree"));
				// Nowhere on the page, neither in its heading nor on its comparison
				// button.
				Document page = Pages.fetch(this.mvc, "/degrees/" + degree);
				assertThat(page.selectFirst("#counted-heading").text()).as(degree)
					.isEqualTo("One retired MicroMasters counted toward this degree");
				assertThat(page.selectFirst("form.compare-bar button").text()).as(degree)
					.isEqualTo("Compare it side by side with the retired MicroMasters it counted");
				assertThat(page.selectFirst("main").text()).as(degree)
					.doesNotContain("counts toward this degree", "MicroMasters it counts", "count toward the");
			}
		}
		// The retired program's page, likewise in the past tense.
		Document program = Pages.fetch(this.mvc, "/programs/" + RETIRED);
		assertThat(program.select(".answer-items li").eachText())
			.anyMatch((li) -> li.startsWith("4 pathways to a Master's degree in our catalog counted it until 2021; "
					+ "no source since says whether they still do."));
		assertThat(program.selectFirst("main").text()).doesNotContain("in our catalog count it",
				"the degrees it counts toward");
	}

	@Test
	void shouldKeepEachHistoricalPathwayPageWithLabelDateAndReason() throws Exception {
		for (JsonNode w : historical()) {
			Document page = Pages.fetch(this.mvc, "/pathways/" + w.get("id").asString());
			Element notice = page.selectFirst("main .retired-notice");
			assertThat(notice).as(w.get("id").asString()).isNotNull();
			assertThat(notice.text()).contains("Historical", "retired on 30 August 2021", note(),
					"no one can earn the credential now",
					"For holders: Columbia University counted it until 2021; no source since says whether it still does.")
				.doesNotContain("no one can take this pathway");
			assertThat(page.select("dd .badge").text()).contains("historical");
		}
	}

	@Test
	void shouldLeaveHistoricalPathwaysOutOfTheDefaultListUnlessAsked() throws Exception {
		int all = CatalogJson.array("pathways").size();
		Document page = Pages.fetch(this.mvc, "/pathways");
		assertThat(page.selectFirst("#results-heading").text())
			.isEqualTo((all - 4) + " of " + (all - 4) + " pathways open today; 4 historical ones not counted");
		assertThat(page.select("table.pathways a").eachAttr("href")).noneMatch((href) -> href.contains(RETIRED));
		Document with = Pages.fetch(this.mvc, "/pathways?includeHistorical=true");
		assertThat(with.selectFirst("#results-heading").text())
			.isEqualTo(all + " of " + all + " pathways, historical ones included");
		assertThat(with.select("table.pathways .retired-notice")).hasSize(4)
			.allSatisfy((n) -> assertThat(n.text()).contains("Historical", "30 August 2021"));
	}

	@Test
	void shouldLabelHistoricalRowsOnTheDegreePage() throws Exception {
		JsonNode w = historical().get(0);
		Document page = Pages.fetch(this.mvc, "/degrees/" + w.get("degree_id").asString());
		Element row = page.select("table tr")
			.stream()
			.filter((tr) -> tr.select("a").eachAttr("href").contains("/pathways/" + w.get("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("Historical", "30 August 2021", "historical: the MicroMasters has retired");
	}

	@Test
	void shouldCarryTheStatusInTheApiWithTheSameParameter() throws Exception {
		JsonNode list = Pages.json(this.mvc, "/api/v1/programs?size=100");
		assertThat(ids(list)).doesNotContain(RETIRED);
		JsonNode withRetired = Pages.json(this.mvc, "/api/v1/programs?size=100&includeRetired=true");
		JsonNode item = withRetired.get("items")
			.valueStream()
			.filter((p) -> p.get("id").asString().equals(RETIRED))
			.findFirst()
			.orElseThrow();
		assertThat(item.get("status").asString()).isEqualTo("retired");
		assertThat(item.get("retired").get("on").asString()).isEqualTo("2021-08-30");
		assertThat(item.get("retired").get("note").asString()).isEqualTo(note());
		JsonNode details = Pages.json(this.mvc, "/api/v1/programs/" + RETIRED);
		assertThat(details.get("retired").get("sourceId").asString())
			.isEqualTo(retired().get("retired_on").get("source_id").asString());

		assertThat(ids(Pages.json(this.mvc, "/api/v1/pathways?size=100"))).noneMatch((id) -> id.startsWith(RETIRED));
		JsonNode pathways = Pages.json(this.mvc, "/api/v1/pathways?size=100&includeHistorical=true");
		assertThat(pathways.get("items").valueStream().filter((w) -> w.get("id").asString().startsWith(RETIRED)))
			.hasSize(4)
			.allSatisfy((w) -> assertThat(w.get("status").asString()).isEqualTo("historical"));
	}

	@Test
	void shouldCarryTheStatusInTheCsvExports() throws Exception {
		String programs = Pages.csv(this.mvc, "/programs.csv?includeRetired=true");
		assertThat(programs.lines().findFirst().orElseThrow()).contains("status", "retired_on");
		assertThat(programs.lines().filter((l) -> l.startsWith(RETIRED + ","))).singleElement()
			.satisfies((l) -> assertThat(l).contains(",retired,2021-08-30,"));
		// The exports without the flag: every other program, and not the retired one.
		List<String> current = Pages.csv(this.mvc, "/programs.csv").lines().toList();
		assertThat(current).hasSize((int) programs.lines().filter((l) -> !l.contains(",retired,")).count())
			.noneMatch((l) -> l.startsWith(RETIRED + ","));
		String pathways = Pages.csv(this.mvc, "/pathways.csv?includeHistorical=true");
		assertThat(pathways.lines().filter((l) -> l.startsWith(RETIRED))).hasSize(4)
			.allSatisfy((l) -> assertThat(l).contains(",historical,"));
		assertThat(Pages.csv(this.mvc, "/pathways.csv").lines().toList())
			.hasSize((int) pathways.lines().filter((l) -> !l.contains(",historical,")).count())
			.noneMatch((l) -> l.startsWith(RETIRED));
	}

	@Test
	void shouldLeaveThemOutOfTheCatalogFigures() {
		CatalogFigures.Figures computed = this.figures.compute();
		assertThat(computed.programMonths().of()).isEqualTo(CatalogJson.array("programs").size() - 1);
		// Shares are counted over the credit pathways open today; the historical ones
		// apart.
		long credit = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> "credit".equals(w.get("kind").asString()))
			.count();
		long historicalCredit = historical().stream().filter((w) -> "credit".equals(w.get("kind").asString())).count();
		assertThat(computed.shares().of()).isEqualTo(credit - historicalCredit);
		assertThat(computed.leftOut().historicalCreditPathways()).isEqualTo(historicalCredit).isEqualTo(4);
		assertThat(computed.leftOut().retiredPrograms()).isEqualTo(1);
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map((p) -> p.get("id").asString()).toList();
	}

}
