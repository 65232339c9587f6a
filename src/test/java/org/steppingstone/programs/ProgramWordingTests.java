package org.steppingstone.programs;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Program pages and list word their figures as a learner reads them: a ceiling as "up
 * to", a country by its name, a degree with its university, an undated figure as
 * "(undated)", one month as "1 month".
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgramWordingTests {

	private static final String HKUST = "hkustx-big-data-technology";

	private static final String SCM = "mitx-supply-chain-management";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MessageSource messages;

	@Test
	void shouldSayTheCeilingWhereNoPathwayStatesTheShare() throws Exception {
		List<JsonNode> own = CatalogJson.array("pathways")
			.stream()
			.filter((w) -> w.get("program_id").asString().equals(HKUST))
			.toList();
		assertThat(own).allMatch((w) -> w.get("credit").get("share_percent").isNull());
		String ceiling = own.stream()
			.map((w) -> w.get("credit").get("max_share_percent"))
			.filter((v) -> v != null && !v.isNull())
			.map(JsonNode::decimalValue)
			.max(BigDecimal::compareTo)
			.orElseThrow()
			.stripTrailingZeros()
			.toPlainString() + " %";
		Element card = card(Pages.fetch(this.mvc, "/programs"), HKUST);
		assertThat(card.text()).contains("Largest credit share up to " + ceiling + " (a ceiling)");
		String answer = Pages.fetch(this.mvc, "/programs/" + HKUST).selectFirst(".answer-first").text();
		assertThat(answer).contains("Up to " + ceiling + " of a degree (a ceiling)")
			.doesNotContain("No pathway states what share");
	}

	@Test
	void shouldStillSayNotStatedWhereNoPathwayStatesAShareOrACeiling() throws Exception {
		JsonNode program = CatalogJson.array("programs").stream().filter((p) -> {
			List<JsonNode> own = CatalogJson.array("pathways")
				.stream()
				.filter((w) -> w.get("program_id").asString().equals(p.get("id").asString()))
				.toList();
			return !own.isEmpty() && own.stream()
				.allMatch((w) -> w.get("credit").get("share_percent").isNull()
						&& (w.get("credit").get("max_share_percent") == null
								|| w.get("credit").get("max_share_percent").isNull()));
		}).findFirst().orElseThrow();
		String id = program.get("id").asString();
		assertThat(card(Pages.fetch(this.mvc, "/programs"), id).text()).contains("Largest credit share not stated")
			.doesNotContain("ceiling");
		assertThat(Pages.fetch(this.mvc, "/programs/" + id).selectFirst(".answer-first").text())
			.contains("No pathway states what share of the degree it credits.");
	}

	@Test
	void shouldNameTheCountryOfTheActiveFilter() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs?country=HK");
		assertThat(page.select(".active-filters a").eachText())
			.containsExactly("Receiving university's country: Hong Kong SAR China ×");
		assertThat(page.select(".active-filters a").attr("aria-label")).contains("Hong Kong SAR China")
			.doesNotContain(": HK");
		assertThat(page.selectFirst(".filter-summary").text())
			.isEqualTo("Receiving university's country: Hong Kong SAR China");
	}

	@Test
	void shouldShowTheCurrencyOnlyBesideAMaximumPrice() throws Exception {
		assertThat(Pages.fetch(this.mvc, "/programs?currency=HKD").select(".active-filters a").eachText())
			.noneMatch((chip) -> chip.contains("Currency"));
		assertThat(Pages.fetch(this.mvc, "/programs?maxPrice=2000&currency=USD").select(".active-filters a").eachText())
			.contains("Currency of the maximum price: USD ×");
	}

	@Test
	void shouldSayWhenNoSourceLinksADegreesPageAndCountWordsInTheComparisonsLead() throws Exception {
		Document degree = Pages.fetch(this.mvc, "/degrees/hes-alm-management");
		assertThat(degree.select("dt:containsOwn(Degree page) + dd").text()).isEqualTo("none of our sources links it");
		assertThat(Pages.fetch(this.mvc, "/compare/credentials").selectFirst("p.lead").text())
			.startsWith("Put two to four MicroMasters programs");
	}

	@Test
	void shouldNameTheUniversityOfTheActiveFilter() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs?institution=mit");
		assertThat(page.select(".active-filters a").eachText())
			.containsExactly("University: Massachusetts Institute of Technology ×");
		assertThat(page.selectFirst(".filter-summary").text())
			.isEqualTo("University: Massachusetts Institute of Technology");
	}

	@Test
	void shouldNameTheUniversityOfTheCheapestRoutesDegree() throws Exception {
		JsonNode degree = CatalogJson.array("degrees")
			.stream()
			.filter((d) -> d.get("id").asString().equals("mit-masters-supply-chain-management"))
			.findFirst()
			.orElseThrow();
		String answer = Pages.fetch(this.mvc, "/programs/" + SCM).selectFirst(".answer-first").text();
		assertThat(answer).contains(", with Massachusetts Institute of Technology's " + degree.get("title").asString()
				+ " (2017–2018 prices)");
	}

	@Test
	void shouldWriteAnUndatedFigureAsTheDatedOnesAre() throws Exception {
		JsonNode length = CatalogJson.array("programs")
			.stream()
			.filter((p) -> p.get("id").asString().equals(SCM))
			.findFirst()
			.orElseThrow()
			.get("length_months");
		assertThat(length.get("as_of").isNull()).isTrue();
		String months = length.get("min").asInt() + "–" + length.get("max").asInt() + " months";
		assertThat(card(Pages.fetch(this.mvc, "/programs"), SCM).text()).contains(months + " (undated)");
		String glance = Pages.fetch(this.mvc, "/programs/" + SCM).selectFirst(".glance").text();
		assertThat(glance).contains(months + " (undated)").doesNotContain(months + " undated");
		assertThat(card(Pages.fetch(this.mvc, "/programs"), "adelaidex-big-data").text()).contains("12 months (2022)");
	}

	@ParameterizedTest(name = "{0} and {1} months")
	@CsvSource(delimiter = '|', value = { "1 | 1 | 1 month", "12–24 | 24 | 12–24 months", "0.5 | 0.5 | 0.5 months",
			"1–2 | 2 | 1–2 months", "17.5 | 17.5 | 17.5 months" })
	void shouldWriteOneMonthAndManyMonths(String text, BigDecimal count, String expected) {
		assertThat(this.messages.getMessage("unit.months", new Object[] { text, count }, Locale.ENGLISH))
			.isEqualTo(expected);
	}

	@Test
	void shouldSayOneMonthInTheCalculator() throws Exception {
		String pathway = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";
		Document page = Pages.fetch(this.mvc, "/calculator?pathway=" + pathway + "&programMonths=1");
		assertThat(page.selectFirst("table.inputs").text()).contains("1 month").doesNotContain("1 months");
	}

	/** A missed count would print "{1}" where the word belongs. */
	@Test
	void shouldPassTheCountToEveryMonthsMessage() throws IOException {
		Pattern call = Pattern.compile("unit\\.months\\(");
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				String text = Files.readString(file);
				Matcher m = call.matcher(text);
				while (m.find()) {
					assertThat(topLevelArguments(text, m.end())).as(file + " at " + m.start()).isEqualTo(2);
				}
			}
		}
	}

	/** How many comma-separated arguments the call whose "(" ends before start has. */
	private static int topLevelArguments(String text, int start) {
		int depth = 0;
		int count = 1;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '{') {
				depth++;
			}
			else if ((c == ')' || c == '}') && depth > 0) {
				depth--;
			}
			else if (c == ')') {
				return count;
			}
			else if (c == ',' && depth == 0) {
				count++;
			}
		}
		return count;
	}

	private static Element card(Document list, String programId) {
		return list.select(".program-card")
			.stream()
			.filter((c) -> c.selectFirst("h3 a").attr("href").equals("/programs/" + programId))
			.findFirst()
			.orElseThrow();
	}

}
