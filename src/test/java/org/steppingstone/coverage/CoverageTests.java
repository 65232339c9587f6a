package org.steppingstone.coverage;

import java.util.ArrayList;
import java.util.Comparator;
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
 * The coverage page agrees with a count made here from the catalog's data file, and is
 * linked from every footer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoverageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldCountEachFigureAndItsYearsAsTheDataFileDoes() throws Exception {
		Document page = Pages.fetch(this.mvc, "/coverage");
		assertRow(page, "price", "programs", "price.value", "price.as_of");
		assertRow(page, "programLength", "programs", "length_months.min", "length_months.as_of");
		assertRow(page, "effort", "programs", "effort_hours_per_week.min", null);
		assertRow(page, "audit", "programs", "audit_free.value", null);
		assertRow(page, "courseCount", "programs", "course_count", null);
		assertRow(page, "tuition", "degrees", "tuition.value", "tuition.as_of");
		assertRow(page, "credits", "degrees", "credits_total.value", null);
		assertRow(page, "degreeLength", "degrees", "length_months.min", null);
		assertRow(page, "creditAmount", "pathways", "credit.value", "as_of");
		assertRow(page, "creditShare", "pathways", "credit.share_percent", "as_of");
		assertThat(page.selectFirst("#figure-price td").text())
			.isEqualTo("14 of 26 programs, retired ones included (54 %)");
		assertThat(page.selectFirst("#figure-tuition td").text()).isEqualTo("9 of 27 degrees (33 %)");
		assertThat(page.select("figure.chart svg rect")).hasSize(10);
		assertThat(page.selectFirst("figure.chart svg title").text()).isNotBlank();
	}

	@Test
	void shouldReachThePagesAboutOurDataFromOneMainMenuEntry() throws Exception {
		Document home = Pages.fetch(this.mvc, "/");
		assertThat(home.select("nav.site-nav a[href=/coverage]").text()).isEqualTo("About our data");
		for (String path : List.of("/coverage", "/sources", "/changes")) {
			Document page = Pages.fetch(this.mvc, path);
			Element entry = page.selectFirst("nav.site-nav a[href=/coverage]");
			// The entry is highlighted on each of its pages, and is the page itself on
			// /coverage only.
			assertThat(entry.attr("aria-current")).as(path).isEqualTo(path.equals("/coverage") ? "page" : "true");
			Element about = page.selectFirst("main nav.sub-nav[aria-label=About our data]");
			assertThat(about.select("a").eachAttr("href")).as(path)
				.containsExactly("/coverage", "/sources", "/changes");
			assertThat(about.select("a[aria-current=page]").eachAttr("href")).as(path).containsExactly(path);
		}
	}

	@Test
	void shouldListTheProgramsWithTheMostGaps() throws Exception {
		List<Integer> expected = new ArrayList<>();
		for (JsonNode program : CatalogJson.array("programs")) {
			int missing = 0;
			for (String path : List.of("price.value", "length_months.min", "effort_hours_per_week.min",
					"audit_free.value", "course_count")) {
				missing += (CatalogJson.value(program, path) == null) ? 1 : 0;
			}
			expected.add(missing);
		}
		expected.sort(Comparator.reverseOrder());
		List<Element> gaps = Pages.fetch(this.mvc, "/coverage").select("ol.gaps li");
		assertThat(gaps).hasSize(CatalogCoverage.MOST_GAPS);
		for (int i = 0; i < gaps.size(); i++) {
			String text = gaps.get(i).text();
			int listed = text.contains("not stated: ") ? text.substring(text.indexOf("not stated: ")).split(",").length
					: 0;
			assertThat(listed).as(text).isEqualTo(expected.get(i));
			assertThat(gaps.get(i).selectFirst("a").attr("href")).startsWith("/programs/");
		}
	}

	@Test
	void shouldBeLinkedFromEveryFooter() throws Exception {
		for (String url : List.of("/", "/programs/mitx-supply-chain-management", "/changes", "/coverage")) {
			assertThat(Pages.fetch(this.mvc, url).selectFirst("footer a[href=/coverage]")).as(url).isNotNull();
		}
	}

	@Test
	void shouldSayHowManyStatedFiguresTheirYearsLeaveOutUndated() throws Exception {
		// Most credit amounts are undated: the oldest and median years say how many they
		// leave out.
		List<String> cells = Pages.fetch(this.mvc, "/coverage").select("#figure-creditAmount td").eachText();
		assertThat(cells.get(1)).matches("\\d{4} · \\d+ of \\d+ undated");
		assertThat(cells.get(2)).matches("\\d{4}(\\.5)? · \\d+ of \\d+ undated");
	}

	private static void assertRow(Document page, String figure, String array, String valuePath, String asOfPath) {
		List<JsonNode> items = CatalogJson.array(array);
		String set = switch (array) {
			case "programs" -> "programs, retired ones included";
			case "degrees" -> "degrees";
			default -> "credit pathways, historical ones included";
		};
		if (array.equals("pathways")) {
			items = items.stream().filter((item) -> "credit".equals(item.get("kind").asString())).toList();
		}
		List<Integer> years = new ArrayList<>();
		int stated = 0;
		for (JsonNode item : items) {
			if (CatalogJson.value(item, valuePath) != null) {
				stated++;
				Object asOf = (asOfPath != null) ? CatalogJson.value(item, asOfPath) : null;
				if (asOf != null) {
					years.add(Integer.valueOf(((String) asOf).substring(0, 4)));
				}
			}
		}
		years.sort(Comparator.naturalOrder());
		List<String> cells = page.select("#figure-" + figure + " td").eachText();
		assertThat(cells.get(0)).as(figure)
			.isEqualTo(stated + " of " + items.size() + " " + set + " (" + Math.round(100f * stated / items.size())
					+ " %)");
		int undated = stated - years.size();
		String leftOut = (undated > 0 && !years.isEmpty()) ? " · " + undated + " of " + stated + " undated" : "";
		if (asOfPath == null) {
			assertThat(cells.get(1)).as(figure).isEqualTo("not dated in our data");
			return;
		}
		assertThat(cells.get(1)).as(figure).isEqualTo(years.get(0) + leftOut);
		int middle = years.size() / 2;
		String median = (years.size() % 2 == 1) ? String.valueOf(years.get(middle))
				: new java.math.BigDecimal(years.get(middle - 1) + years.get(middle))
					.divide(java.math.BigDecimal.valueOf(2))
					.stripTrailingZeros()
					.toPlainString();
		assertThat(cells.get(2)).as(figure).isEqualTo(median + leftOut);
	}

}
