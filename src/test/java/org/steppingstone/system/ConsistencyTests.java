package org.steppingstone.system;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
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

/**
 * One truth on every page: where two pages, a page and the API, or a list and its detail
 * pages count the same thing over the same set, they agree; where their sets differ, each
 * says which. Every figure compared is counted, and the count is printed at the end.
 */
@SpringBootTest(properties = "steppingstone.page-cache.enabled=false")
@AutoConfigureMockMvc
class ConsistencyTests {

	private static final Pattern COUNT_OF = Pattern.compile("(\\d+) of (\\d+)");

	private static int compared;

	@Autowired
	private MockMvc mvc;

	@AfterAll
	static void report() {
		System.out.println("ConsistencyTests: " + compared + " figures compared");
	}

	/** A list page's count, its API's total and its CSV's rows: one set, one number. */
	@ParameterizedTest
	@CsvSource({ "/programs, /api/v1/programs, /programs.csv, ''",
			"/programs, /api/v1/programs, /programs.csv, includeRetired=true",
			"/programs, /api/v1/programs, /programs.csv, field=data-science-analytics",
			"/degrees, /api/v1/degrees, /degrees.csv, ''", "/degrees, /api/v1/degrees, /degrees.csv, accepts=true",
			"/pathways, /api/v1/pathways, /pathways.csv, ''",
			"/pathways, /api/v1/pathways, /pathways.csv, includeHistorical=true",
			"/pathways, /api/v1/pathways, /pathways.csv, kind=credit" })
	void shouldCountAListAlikeOnItsPageInTheApiAndInItsCsv(String page, String api, String csv, String query)
			throws Exception {
		String q = query.isEmpty() ? "" : "?" + query;
		int shown = countOf(Pages.fetch(this.mvc, page + q).selectFirst("#results-heading").text())[0];
		JsonNode answer = Pages.json(this.mvc, api + (q.isEmpty() ? "?" : q + "&") + "size=100");
		try (CSVParser rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(Pages.body(this.mvc, csv + q)))) {
			int records = rows.getRecords().size();
			assertThat(answer.get("totalItems").asInt()).as(api + q).isEqualTo(shown);
			assertThat(records).as(csv + q).isEqualTo(shown);
		}
		compared += 2;
	}

	/**
	 * The universities' list, their API and each university's page: what is open today
	 * plus what is counted apart is what the page lists.
	 */
	@Test
	void shouldAddUpEachUniversityOnTheListInTheApiAndOnItsPage() throws Exception {
		Document list = Pages.fetch(this.mvc, "/institutions");
		JsonNode api = Pages.json(this.mvc, "/api/v1/institutions?size=100");
		assertThat(api.get("totalItems").asInt()).isEqualTo(list.select("tbody tr").size());
		for (JsonNode item : api.get("items")) {
			String id = item.get("id").asString();
			Element row = list.select("tbody tr")
				.stream()
				.filter((tr) -> tr.select("a[href=/institutions/" + id + "]").size() > 0)
				.findFirst()
				.orElseThrow();
			List<String> cells = row.select("td").eachText();
			long offered = item.get("programCount").asLong();
			long retired = item.get("retiredProgramCount").asLong();
			long accepted = item.get("acceptedPathwayCount").asLong();
			long historical = item.get("historicalPathwayCount").asLong();
			assertThat(cells.get(1)).as(id).isEqualTo(offered + ((retired > 0) ? " · " + retired + " retired" : ""));
			assertThat(cells.get(2)).as(id)
				.isEqualTo(accepted + ((historical > 0) ? " · " + historical + " historical" : ""));
			Document page = Pages.fetch(this.mvc, "/institutions/" + id);
			assertThat(page.select("main a[href^=/programs/]").eachAttr("href").stream().distinct().count()).as(id)
				.isEqualTo(offered + retired);
			assertThat(page.select("main a[href^=/pathways/]").eachAttr("href").stream().distinct().count()).as(id)
				.isEqualTo(accepted + historical);
			compared += 4;
		}
	}

	/**
	 * The share credited, on /compare and on /coverage: each names its set, and the two
	 * agree once the historical pathways /compare leaves out are added back.
	 */
	@Test
	void shouldCountTheSharesOnTheComparisonAndTheCoverageOverNamedSetsThatAgree() throws Exception {
		String compare = Pages.fetch(this.mvc, "/compare").selectFirst("#figures-shares").text();
		int[] open = countOf(compare);
		Matcher left = Pattern.compile("; (\\d+) historical ones? not counted").matcher(compare);
		int historicalLeftOut = left.find() ? Integer.parseInt(left.group(1)) : 0;
		assertThat(compare).contains(open[0] + " of " + open[1] + " credit pathways open today");

		String coverage = Pages.fetch(this.mvc, "/coverage").selectFirst("#figure-creditShare td").text();
		int[] all = countOf(coverage);
		assertThat(coverage).contains("credit pathways, historical ones included");
		assertThat(all[1]).isEqualTo(open[1] + historicalLeftOut);

		List<JsonNode> credit = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> "credit".equals(w.get("kind").asString()))
			.toList();
		long stating = credit.stream().filter((w) -> !w.get("credit").get("share_percent").isNull()).count();
		long statingOpen = credit.stream()
			.filter((w) -> !"historical".equals(w.get("status").asString()))
			.filter((w) -> !w.get("credit").get("share_percent").isNull())
			.count();
		assertThat(all[0]).isEqualTo(stating);
		assertThat(open[0]).isEqualTo(statingOpen);
		assertThat(all[1]).isEqualTo(credit.size());
		// A share has no date of its own: both pages say its years are its pathways'.
		assertThat(Pages.fetch(this.mvc, "/compare").getElementById("figures-shares-dates").text()).isEqualTo(
				"A share has no date of its own in our data: the years of the shares are their pathways' dates.");
		assertThat(Pages.fetch(this.mvc, "/coverage").text()).contains("dated by its pathway");
		compared += 5;
	}

	/**
	 * The programs on /compare and /coverage: open today against all, each said in words.
	 */
	@Test
	void shouldCountThePricesOverNamedSetsThatAgree() throws Exception {
		String compare = Pages.fetch(this.mvc, "/compare").selectFirst("#figures-prices").text();
		int[] open = countOf(compare);
		Matcher retired = Pattern.compile("; (\\d+) retired programs? not counted").matcher(compare);
		int retiredLeftOut = retired.find() ? Integer.parseInt(retired.group(1)) : 0;
		String coverage = Pages.fetch(this.mvc, "/coverage").selectFirst("#figure-price td").text();
		int[] all = countOf(coverage);
		assertThat(coverage).contains("programs, retired ones included");
		assertThat(all[1]).isEqualTo(open[1] + retiredLeftOut).isEqualTo(CatalogJson.array("programs").size());
		// The program list counts the same open set.
		assertThat(countOf(Pages.fetch(this.mvc, "/programs").selectFirst("#results-heading").text())[1])
			.isEqualTo(open[1]);
		compared += 3;
	}

	/**
	 * /routes and /pathways count different sets, and each says which: a route for each
	 * pathway the list counts, except those that lead to a non-degree program; historical
	 * ones in neither unless asked for. The page's routes add up to its count, and the
	 * API answers as many.
	 */
	@ParameterizedTest
	@CsvSource({ "'', open today", "includeHistorical=true, historical ones included" })
	void shouldCountTheRoutesAndThePathwaysOverSetsTheyName(String query, String set) throws Exception {
		String q = query.isEmpty() ? "" : "?" + query;
		String pathwaysHeading = Pages.fetch(this.mvc, "/pathways" + q).selectFirst("#results-heading").text();
		int[] pathways = countOf(pathwaysHeading);
		assertThat(pathwaysHeading).contains("pathways" + (query.isEmpty() ? " " : ", ") + set);

		Document routes = Pages.fetch(this.mvc, "/routes" + q);
		String said = routes.selectFirst(".route-set").text();
		Matcher m = Pattern.compile("Our catalog has (\\d+) routes,? " + set + ": one for each of the (\\d+) pathways "
				+ ".*on the Pathways page.*, except (\\d+) that leads? to (a )?non-degree programs?, not a Master's\\.(?: (\\d+) historical routes not counted)?")
			.matcher(said);
		assertThat(m.find()).as(said).isTrue();
		int routeCount = Integer.parseInt(m.group(1));
		int noDegree = Integer.parseInt(m.group(3));
		assertThat(Integer.parseInt(m.group(2))).as(said).isEqualTo(pathways[1]);
		assertThat(routeCount + noDegree).as(said).isEqualTo(pathways[1]);

		List<JsonNode> all = CatalogJson.array("pathways");
		long nonDegree = all.stream()
			.filter((w) -> query.isEmpty() ? !"historical".equals(w.get("status").asString()) : true)
			.filter((w) -> "non-degree".equals(w.get("kind").asString()))
			.count();
		assertThat(noDegree).isEqualTo(nonDegree);
		if (query.isEmpty()) {
			long historical = all.stream()
				.filter((w) -> "historical".equals(w.get("status").asString()))
				.filter((w) -> !"non-degree".equals(w.get("kind").asString()))
				.count();
			assertThat(Integer.parseInt(m.group(5))).as(said).isEqualTo(historical);
			assertThat(pathwaysHeading).contains("; " + historical + " historical ones not counted");
		}
		// The routes the page lists are as many as it counts, and the API answers as
		// many.
		assertThat(routes.select("article.route-card").size() + routes.select("ul.blocked-list > li").size())
			.isEqualTo(routeCount);
		JsonNode api = Pages.json(this.mvc, "/api/v1/routes" + q);
		assertThat(api.get("ranked").size() + api.get("unranked").size()).isEqualTo(routeCount);
		compared += 5;
	}

	/**
	 * Every date range on /compare and /coverage says how many figures it leaves undated.
	 */
	@Test
	void shouldSayWhatEveryDateRangeLeavesOut() throws Exception {
		List<String> ranges = new ArrayList<>();
		Pages.fetch(this.mvc, "/compare").select("section.figures tbody tr").forEach((tr) -> {
			List<String> cells = tr.select("td").eachText();
			ranges.add(cells.get(cells.size() - 1));
		});
		Pages.fetch(this.mvc, "/coverage").select("table tbody tr").forEach((tr) -> {
			List<String> cells = tr.select("td").eachText();
			ranges.add(cells.get(1));
		});
		assertThat(ranges).isNotEmpty()
			.allSatisfy((r) -> assertThat(r).matches(
					"\\d{4}(–\\d{4})?|\\d{4}(–\\d{4})?(\\.5)? · (\\d+ of )?\\d+ undated|undated|not dated in our data"));
		compared += ranges.size();
	}

	private static int[] countOf(String text) {
		Matcher matcher = COUNT_OF.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) };
	}

}
