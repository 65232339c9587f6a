package org.steppingstone.routes;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.routes.RouteFinderTests.HKUST;
import static org.steppingstone.routes.RouteFinderTests.SCM;

/**
 * {@code /routes} as a learner reads it: the question, the ranked routes with their
 * totals and sources, the routes that cannot be ranked and why, in that order.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoutePagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldAnswerBusinessUnderFortyThousandDollarsInReadingOrder() throws Exception {
		Document page = Pages.fetch(this.mvc, "/routes?field=business-management&maxCost=40000");
		String text = page.selectFirst("main").text();
		assertThat(text).containsSubsequence("Find your route to a Master's",
				"Your question: Business & Management at most US$40,000 in all routes open today change",
				"2 routes we can total", "1.", "US$38,350 · 17–29 months · saves US$35,650", "Supply Chain Management",
				"Fits your limits", "Status: confirmed on the university's own pages",
				"Details, sources and conditions", "Total cost US$38,350", "Total time 17–29 months",
				"Against the Master's alone costs US$35,650 less; takes 7–19 months longer",
				"Share of the degree credited 50 %", "as of its pathway's date, 2019", "MicroMasters price US$1,350",
				"as of 2017-02-15", "Source: SCM MicroMasters FAQ", "Master's tuition US$74,000", "as of 2018-07-17",
				"MicroMasters length 12–24 months", "Master's length 10 months", "Separate admission required yes",
				"Time on campus required yes", "This route in the calculator",
				// Since catalog 1.4 and the reference rates: ZLC's €24,300 converted, its
				// share not stated, so bounded and ranked after the exact total.
				"2.", "at most US$29,332.50 · at most 33 months",
				"Cheapest first (a bounded route by the most it can cost): exact totals first",
				"8 routes we cannot total yet", "A missing figure is never counted as zero",
				"Our catalog has 33 routes open today: one for each of the 34 pathways open today on the Pathways page");
		assertThat(page.select("#left-out-heading")).isEmpty();
		Element first = page.selectFirst("ol.route-list > li");
		assertThat(first.select("a[href^=/]").eachAttr("href")).containsExactly("/pathways/" + SCM, "/pathways/" + SCM,
				"/programs/mitx-supply-chain-management", "/degrees/mit-masters-supply-chain-management",
				"/pathways/" + SCM, "/calculator?pathway=" + SCM);
		// The answer line first, the details behind a disclosure, closed.
		assertThat(first.selectFirst("article > *").hasClass("route-answer")).isTrue();
		assertThat(first.selectFirst("details.route-details").hasAttr("open")).isFalse();
		// After a search the form is folded to its one-line question.
		assertThat(page.selectFirst("details.filter-panel").hasAttr("open")).isFalse();
	}

	@Test
	void shouldSayInOneLineWhatBlocksARoute() throws Exception {
		Document page = Pages.fetch(this.mvc, "/routes?program=mitx-supply-chain-management");
		Element hes = blocked(page, "mitx-supply-chain-management-to-hes-alm-management");
		assertThat(hes.text()).isEqualTo("MicroMasters Program in Supply Chain Management → Master of Liberal Arts "
				+ "(ALM) in Extension Studies, field of Management: Cannot be totalled: Master's tuition not stated by "
				+ "our sources · Status: confirmed on the university's own pages");
		assertThat(hes.text()).doesNotContain("US$1,350 +", "US$0");
		assertThat(page.select("article.route-card h3 a").eachAttr("href")).containsExactly("/pathways/" + SCM,
				"/pathways/mitx-supply-chain-management-to-zlc-master-logistics-supply-chain-management");
		assertThat(page.selectFirst(".filter-panel > summary").text()).contains(
				"from the Massachusetts Institute of Technology's MicroMasters Program in Supply Chain Management");
		assertThat(page.select(".route-question a").attr("href")).isEqualTo("/routes");
	}

	@Test
	void shouldConvertHongKongDollarsAtTheReferenceRateOrTheLearnersOwn() throws Exception {
		Document page = Pages.fetch(this.mvc, "/routes?country=HK");
		Element hkust = card(page, HKUST);
		assertThat(hkust.selectFirst(".route-answer").text())
			.isEqualTo("2. US$32,326.41 · between 17.4 and 33 months · costs US$1,450 more than the Master's alone");
		// The amount as published stays visible on the card, outside the details.
		assertThat(hkust.selectFirst("article > .route-conversion").text()).isEqualTo(
				"Master's tuition as published: HK$242,000 ≈ US$30,876 at the June 2026 average rate (Federal Reserve)");
		assertThat(hkust.text()).contains("HK$242,000 ≈ US$30,876 at the June 2026 average rate (Federal Reserve)",
				"Total cost US$32,326.41", "Total time between 17.4 and 33 months",
				"at most 30 % may be credited (a ceiling, not the amount granted)",
				"Charged in full to students admitted with credit");
		assertThat(page.selectFirst("main").text())
			.contains("Amounts in another currency are converted at the June 2026 average rate (Federal Reserve)");
		// The learner may still give a rate of their own.
		assertThat(page.select("#rateFrom option[value=HKD]")).hasSize(1);
		assertThat(page.select("#rate")).hasSize(1);
		assertThat(Pages.fetch(this.mvc, "/routes?field=economics-finance").select("#rate")).as("nothing converted")
			.isEmpty();

		Document converted = Pages.fetch(this.mvc, "/routes?country=HK&rateFrom=HKD&rate=0.128");
		assertThat(converted.selectFirst("main").text()).contains(
				"Converted at your rate: 1 HKD = 0.128 USD. The rate is yours, not our sources'.",
				"HK$242,000 (= US$30,976 at your rate)", "Total cost US$32,426", "costs US$1,450 more",
				"Charged in full to students admitted with credit");
		assertThat(card(converted, HKUST).select("a[href^=/calculator]").attr("href"))
			.isEqualTo("/calculator?pathway=" + HKUST + "&tuition=30976.00");
		assertThat(converted.selectFirst("#rate").val()).isEqualTo("0.128");
	}

	@Test
	void shouldTotalInEurosAndKeepTheCurrencyThroughTheForm() throws Exception {
		Document page = Pages.fetch(this.mvc, "/routes?field=business-management&currency=EUR");
		// 1,350 × 0.8684 + 74,000 × 0.8684 × 50 % = 1,172.34 + 32,130.80.
		assertThat(card(page, SCM).selectFirst(".route-answer strong").text())
			.isEqualTo("€33,303.14 · 17–29 months · saves €30,958.46");
		assertThat(card(page, SCM).text()).contains("US$1,350 ≈ €1,172 at the June 2026 average rate (Federal Reserve)",
				"US$74,000 ≈ €64,262");
		assertThat(page.select("#currency option[selected]").val()).isEqualTo("EUR");
		assertThat(page.select("#currency option").eachAttr("value")).hasSize(23).startsWith("USD", "AUD");
		assertThat(page.selectFirst(".filter-panel > summary").text()).contains("totals in Euro (EUR)");
		// The pathway page and the calculator total in euros too.
		assertThat(card(page, SCM).selectFirst("h3 a").attr("href")).isEqualTo("/pathways/" + SCM + "?currency=EUR");
		assertThat(card(page, SCM).select("a[href^=/calculator]").eachAttr("href"))
			.containsExactly("/calculator?pathway=" + SCM + "&currency=EUR");
	}

	@Test
	void shouldShowHistoricalRoutesOnlyWhenAskedAndLabelThem() throws Exception {
		String columbia = "/pathways/columbiax-business-analytics-to-columbia-ms-business-analytics";
		Document current = Pages.fetch(this.mvc, "/routes?field=data-science-analytics");
		assertThat(current.select(".blocked-list a").eachAttr("href")).doesNotContain(columbia);
		Document all = Pages.fetch(this.mvc, "/routes?field=data-science-analytics&includeHistorical=true");
		Element line = blocked(all, "columbiax-business-analytics-to-columbia-ms-business-analytics");
		assertThat(line.selectFirst(".tag").text()).isEqualTo("historical");
		assertThat(all.selectFirst("#includeHistorical").hasAttr("checked")).isTrue();
	}

	@Test
	void shouldCountWhatALimitLeftOut() throws Exception {
		Document page = Pages.fetch(this.mvc, "/routes?field=business-management&maxCost=30000&sort=months");
		// SCM's US$38,350 is over; ZLC (bounded since catalog 1.4: at most US$29,332.50)
		// fits.
		assertThat(page.selectFirst("#ranked-heading").text()).isEqualTo("1 route we can total");
		assertThat(page.select("article.route-card h3 a").eachAttr("href"))
			.containsExactly("/pathways/mitx-supply-chain-management-to-zlc-master-logistics-supply-chain-management");
		assertThat(page.selectFirst("#left-out-heading").text()).isEqualTo("1 route left out");
		assertThat(page.selectFirst("#left-out-heading").parent().text())
			.contains("1 route that costs more than your maximum even at the least, or in the part we know");
		assertThat(page.select("#sort option[selected]").val()).isEqualTo("months");
	}

	@Test
	void shouldSayABoundedRouteMayFit() throws Exception {
		Document page = Pages.fetch(this.mvc,
				"/routes?program=gtx-analytics-essential-tools-and-methods&maxCost=12000");
		Element gt = card(page, "gtx-analytics-essential-tools-and-methods-to-gatech-online-ms-analytics");
		assertThat(gt.selectFirst(".route-answer strong").text()).isEqualTo("at most US$12,375 · at most 48 months");
		assertThat(gt.selectFirst(".route-fit").text()).startsWith("May fit your limits");
		assertThat(gt.text()).contains("Total cost at most US$12,375",
				"costs at most US$2,475 more than the Master's alone (US$9,900)",
				"The share credited is not stated: counting no credit gives the most");
	}

	@Test
	void shouldBeReachedFromHomeCatalogProgramAndDegreePages() throws Exception {
		assertThat(Pages.fetch(this.mvc, "/").select("main a[href=/routes]").text()).isEqualTo("Find your route");
		assertThat(Pages.fetch(this.mvc, "/programs").select("main a[href=/routes]").text())
			.isEqualTo("Find your route");
		assertThat(Pages.fetch(this.mvc, "/programs/mitx-supply-chain-management")
			.select("a[href=/routes?program=mitx-supply-chain-management]")
			.text()).isEqualTo("Every route from this program, ranked by total cost");
		Document degree = Pages.fetch(this.mvc, "/degrees/mit-masters-supply-chain-management");
		assertThat(degree.select("a[href=/routes?degree=mit-masters-supply-chain-management]").text())
			.isEqualTo("Every route to this degree, ranked by total cost");
		Document routes = Pages.fetch(this.mvc, "/routes?degree=mit-masters-supply-chain-management");
		assertThat(routes.select("article h3 a").eachAttr("href")).containsExactly("/pathways/" + SCM);
		assertThat(routes.select("input[type=hidden][name=degree]").val())
			.isEqualTo("mit-masters-supply-chain-management");
	}

	@Test
	void shouldFilterByHowTheMastersIsTaughtAndItsRegion() throws Exception {
		Document online = Pages.fetch(this.mvc, "/routes?delivery=online&utm_source=feed");
		// The canonical address keeps the filter, as it keeps every parameter the form
		// binds.
		assertThat(online.selectFirst("link[rel=canonical]").attr("href")).endsWith("/routes?delivery=online");
		assertThat(
				Pages.fetch(this.mvc, "/routes?region=oceania&field=").selectFirst("link[rel=canonical]").attr("href"))
			.endsWith("/routes?region=oceania");
		assertThat(online.select("article.route-card h3 a").eachAttr("href")).containsExactlyInAnyOrder(
				"/pathways/gtx-analytics-essential-tools-and-methods-to-gatech-online-ms-analytics",
				"/pathways/purduex-quantum-technology-computing-to-purdue-ms-electrical-and-computer-engineering");
		// UMGC's tuition is not stated: a one-line blocked route, not a card.
		assertThat(online.select(".blocked-list > li > a").eachAttr("href"))
			.containsExactly("/pathways/umgc-cloud-computing-to-umgc-ms-cloud-computing-architecture");
		assertThat(online.selectFirst(".filter-panel > summary").text()).contains("online only");
		assertThat(online.select("#delivery option").eachText()).containsExactly("Any", "Online only",
				"Blended (online and on campus)", "On campus");
		assertThat(online.select("#delivery option[selected]").val()).isEqualTo("online");

		Document latin = Pages.fetch(this.mvc, "/routes?region=latin-america&includeHistorical=true");
		assertThat(latin.select("article.route-card .meta:not(.field-match):not(.route-status)").eachText())
			.isNotEmpty()
			.allMatch((meta) -> meta.endsWith("Mexico") || meta.endsWith("Uruguay"));
		assertThat(latin.selectFirst(".filter-panel > summary").text()).contains("in Latin America and the Caribbean");
	}

	@Test
	void shouldSayWhichCountriesAndRegionsTheCatalogCovers() throws Exception {
		Document page = Pages.fetch(this.mvc, "/routes");
		assertThat(page.selectFirst("form .coverage-note").text()).startsWith(
				"Our catalog's Master's that credit a MicroMasters are in 6 countries (Australia, Spain, Hong Kong SAR "
						+ "China, Mexico, United States, Uruguay), in 5 of the 6 world regions: Asia, Europe, Latin America "
						+ "and the Caribbean, Northern America, Oceania.");
		assertThat(page.select("#region option").eachText()).containsExactly("Any", "Africa (none in our catalog)",
				"Asia", "Europe", "Latin America and the Caribbean", "Northern America", "Oceania");
	}

	@Test
	void shouldMatchTheFieldAtEitherEndAndSayWhich() throws Exception {
		Document page = Pages.fetch(this.mvc, "/routes?field=environment-sustainability");
		assertThat(blocked(page, "mitx-supply-chain-management-to-hes-alm-sustainability").selectFirst(".field-match")
			.text()).isEqualTo(
					"Field: the Master's (Environment & Sustainability); the MicroMasters is in Business & Management");
		assertThat(
				blocked(page, "uqx-sustainable-energy-to-uq-master-of-sustainable-energy").selectFirst(".field-match")
					.text())
			.isEqualTo("Field: both the MicroMasters and the Master's (Environment & Sustainability)");
		assertThat(Pages.fetch(this.mvc, "/routes").select(".field-match")).isEmpty();
	}

	@Test
	void shouldSayWhatTheCatalogLacksWhenNoRouteAnswers() throws Exception {
		// Since catalog 1.4 Europe has a (blended) Master's, ZLC's: Africa has none.
		Document page = Pages.fetch(this.mvc, "/routes?delivery=online&region=africa");
		Element missing = page.selectFirst(".missing-from-catalog");
		assertThat(missing.selectFirst("p").text())
			.isEqualTo("Our catalog has no online Master's in Africa that credits a MicroMasters.");
		assertThat(missing.select("li").eachText()).containsExactly("any delivery: no route", "any region: 3 routes",
				"with historical routes: no route");
		assertThat(missing.select("li a").eachAttr("href")).containsExactly("/routes?delivery=online");
		assertThat(page.select("p.empty")).isEmpty();

		Document field = Pages.fetch(this.mvc, "/routes?field=design&region=oceania");
		assertThat(field.selectFirst(".missing-from-catalog p").text()).isEqualTo(
				"Our catalog has no Master's in Oceania that credits a MicroMasters, with Design as the field of either.");
	}

	@Test
	void shouldBeInTheMainMenuHighlightedWhenCurrent() throws Exception {
		Document routes = Pages.fetch(this.mvc, "/routes?field=engineering");
		assertThat(routes.select("nav.site-nav a").eachText()).containsExactly("Home", "Compare", "Programs", "Degrees",
				"Pathways", "Routes", "Calculator", "Universities", "About our data");
		assertThat(routes.select("nav.site-nav a[aria-current=page]").eachAttr("href")).containsExactly("/routes");
		assertThat(Pages.fetch(this.mvc, "/programs").select("nav.site-nav a[href=/routes]").attr("aria-current"))
			.isEmpty();
	}

	@Test
	void shouldAnswerEveryProgramAndDegreePagesLink() throws Exception {
		for (JsonNode w : CatalogJson.array("pathways")) {
			String program = w.get("program_id").asString();
			Document page = Pages.fetch(this.mvc, "/routes?includeHistorical=true&program=" + program);
			List<String> links = page.select("article h3 a, .blocked-list > li > a").eachAttr("href");
			assertThat(links).as(program).allMatch((href) -> href.startsWith("/pathways/" + program + "-to-"));
			if (!w.get("degree_id").isNull()) {
				// A pathway to a degree is a route, so its program's list is not empty
				// (allMatch alone passes on none).
				assertThat(links).as(program).contains("/pathways/" + w.get("id").asString());
				String degree = w.get("degree_id").asString();
				Pages.fetch(this.mvc, "/routes?degree=" + degree);
			}
		}
		Document nonDegree = Pages.fetch(this.mvc, "/routes?program=iimbx-entrepreneurship");
		assertThat(nonDegree.selectFirst("#ranked-heading").text()).isEqualTo("No route we can total");
		assertThat(nonDegree.select("article.route-card")).as("a pathway to no degree is no route").isEmpty();
		// What the catalog lacks, rather than only "change your answers".
		assertThat(nonDegree.selectFirst(".missing-from-catalog p").text())
			.isEqualTo("Our catalog has no Master's that "
					+ "credits the Indian Institute of Management Bangalore's MicroMasters Program in Entrepreneurship.");
	}

	private static Element blocked(Document page, String pathway) {
		return page.select(".blocked-list > li")
			.stream()
			.filter((c) -> c.selectFirst("a").attr("href").equals("/pathways/" + pathway))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no blocked route " + pathway));
	}

	private static Element card(Document page, String pathway) {
		return page.select("article.route-card")
			.stream()
			.filter((c) -> c.selectFirst("h3 a").attr("href").replaceFirst("[?].*", "").equals("/pathways/" + pathway))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no route " + pathway));
	}

	@Nested
	class BadInput {

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = {
				"maxCost=abc | maxCost | Maximum total cost: enter a number from 0 to 100,000,000 with at most two decimals, such as 40000",
				"maxCost=-1 | maxCost | Maximum total cost: enter a number from 0 to 100,000,000 with at most two decimals, such as 40000",
				"maxMonths=12x | maxMonths | Maximum total time (months): enter a whole number of months from 0 to 240, such as 24",
				"maxMonths=-2 | maxMonths | Maximum total time (months): enter a whole number of months from 0 to 240, such as 24",
				"maxMonths=99999999999 | maxMonths | Maximum total time (months): enter a whole number of months from 0 to 240, such as 24",
				"minShare=101 | minShare | Minimum share of the degree credited (%): enter a number from 0 to 100, such as 25",
				"minShare=fifty | minShare | Minimum share of the degree credited (%): enter a number from 0 to 100, such as 25",
				"field=astrology | field | Field: choose one from the menu (in an address, its id, such as business-management)",
				"country=ZZ | country | Country of the Master's: no Master's in our catalog is in this country; choose one from the menu",
				"country=usa | country | Country of the Master's: choose one from the menu (in an address, a two-letter code such as US)",
				"sort=cheap | sort | Rank by: choose cost, months, saving or share from the menu",
				"currency=XYZ | currency | Currency: no currency has this ISO 4217 code; choose one from the menu",
				"currency=XAF | currency | Currency: we have no reference rate for this currency; choose one from the menu",
				"rate=-3&rateFrom=HKD | rate | Your rate: enter a number greater than 0 and at most 1,000,000, with at most six decimals, such as 0.128",
				"currency=dollars | currency | Currency: choose one from the menu (in an address, an ISO 4217 code of three capital letters, such as USD)",
				"rate=0&rateFrom=HKD | rate | Your rate: enter a number greater than 0 and at most 1,000,000, with at most six decimals, such as 0.128",
				"rate=abc&rateFrom=HKD | rate | Your rate: enter a number greater than 0 and at most 1,000,000, with at most six decimals, such as 0.128",
				"rate=0.128 | rateFrom | Convert from: choose the currency your rate converts",
				"rate=1&rateFrom=USD | rateFrom | Convert from: choose another currency than the one totals are in",
				"program=no-such-program | program | Program: no pathway in our catalog starts from this program",
				"delivery=distance | delivery | How the Master's is taught: choose online only, blended or on campus from the menu (in an address, online, blended or on-campus)",
				"region=mars | region | Region of the Master's: choose one from the menu (in an address, africa, asia, europe, latin-america, northern-america or oceania)",
				"includeHistorical=maybe | includeHistorical | Include historical routes: tick the box or leave it empty (in an address, true or false)" })
		void shouldAnswer400WithTheMessageBesideTheField(String query, String field, String message) throws Exception {
			String kept = field.equals("maxMonths") ? "minShare" : "maxMonths";
			Document page = Pages.fetch(RoutePagesTests.this.mvc,
					"/routes?field=business-management&" + kept + "=30&" + query, 400);
			assertThat(page.selectFirst("h1").text()).isEqualTo("Find your route to a Master's");
			assertThat(page.select(".error-summary li a").eachText()).containsExactly(message);
			assertThat(page.select(".error-summary li a").attr("href")).isEqualTo("#" + field);
			Element error = page.getElementById(field + "-error");
			assertThat(error).as("the message beside %s", field).isNotNull();
			assertThat(error.text()).isEqualTo(message);
			assertThat(page.select("ol.route-list, #ranked-heading")).isEmpty();
			if (!field.equals("field")) {
				assertThat(page.select("#field option[selected]").val()).isEqualTo("business-management");
			}
			assertThat(page.getElementById(kept).val()).isEqualTo("30");
		}

		@Test
		void shouldKeepWhatTheLearnerTyped() throws Exception {
			Document page = Pages.fetch(RoutePagesTests.this.mvc, "/routes?maxCost=40k&minShare=25&sort=share", 400);
			assertThat(page.selectFirst("#maxCost").val()).isEqualTo("40k");
			assertThat(page.selectFirst("#minShare").val()).isEqualTo("25");
			assertThat(page.select("#sort option[selected]").val()).isEqualTo("share");
		}

		@ParameterizedTest
		@ValueSource(strings = { "maxCost=1e999999999", "maxCost=%00", "field=%3Cscript%3E",
				"rate=1e-999999999&rateFrom=HKD", "sort=cost&sort=months&sort=%27", "country=%E2%80%AE",
				"program=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
				"currency=HKD&rateFrom=HKD&rate=1" })
		void shouldNeverAnswerAServerError(String query) throws Exception {
			Document page = Pages.fetch(RoutePagesTests.this.mvc, "/routes?" + query, 400);
			assertThat(page.select(".error-summary li")).isNotEmpty();
		}

	}

}
