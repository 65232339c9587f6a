package org.steppingstone.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.SCM_PATHWAY;
import static org.steppingstone.api.Api.fields;
import static org.steppingstone.api.Api.texts;

/**
 * /api/v1/routes over real HTTP: the same routes in the same order as /routes, every
 * figure with its source and date, and the page's refusals as problem details.
 */
@ApiTest
class RouteApiTests {

	private static final String HKUST = "hkustx-big-data-technology-to-hkust-msc-big-data-technology";

	private static final String GT = "gtx-analytics-essential-tools-and-methods-to-gatech-online-ms-analytics";

	@Autowired
	private Api api;

	@ParameterizedTest
	@ValueSource(strings = { "field=business-management&maxCost=40000", "field=data-science-analytics&sort=months",
			"country=HK&rateFrom=HKD&rate=0.128", "includeHistorical=true&sort=share", "country=AU&minShare=25",
			"program=mitx-supply-chain-management", "currency=HKD&rateFrom=USD&rate=7.8", "delivery=online",
			"region=latin-america&includeHistorical=true", "field=environment-sustainability&delivery=blended", "" })
	void shouldListTheRoutesOfThePageInItsOrder(String query) {
		// A link carries the learner's currency: the pathway is the same.
		List<String> onPage = this.api
			.linksOnPage("/routes?" + query, "article.route-card h3 a, .blocked-list > li > a")
			.stream()
			.map((href) -> href.replaceFirst("[?]currency=[A-Z]{3}$", ""))
			.toList();
		JsonNode list = this.api.get("/api/v1/routes?" + query);
		List<String> inApi = new ArrayList<>();
		List<String> answers = new ArrayList<>();
		list.get("ranked").forEach((r) -> inApi.add("/pathways/" + r.get("pathway").asString()));
		list.get("unranked").forEach((r) -> inApi.add("/pathways/" + r.get("pathway").asString()));
		list.get("ranked").forEach((r) -> answers.add(r.get("answer").asString()));
		list.get("unranked").forEach((r) -> answers.add(r.get("answer").asString()));
		assertThat(inApi).isNotEmpty().containsExactlyElementsOf(onPage);
		// The same answer line, word for word, on the page and in the API.
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(this.api.html("/routes?" + query));
		assertThat(page.select(".route-answer strong, .blocked-list > li > span:not(.tag)").eachText())
			.containsExactlyElementsOf(answers);
		// Exact totals first, then bounded ones.
		List<String> totals = new ArrayList<>();
		list.get("ranked").forEach((r) -> totals.add(r.get("total").asString()));
		assertThat(totals).isSortedAccordingTo(java.util.Comparator.comparing((String t) -> "exact".equals(t) ? 0 : 1));
		list.get("unranked").forEach((r) -> assertThat(r.get("total").asString()).isEqualTo("blocked"));
	}

	@Test
	void shouldTotalTheMitSupplyChainRouteWithEveryFiguresSourceAndDate() {
		JsonNode list = this.api.get("/api/v1/routes?field=business-management&maxCost=40000");
		assertThat(list.get("currency").asString()).isEqualTo("USD");
		// Since catalog 1.4 ZLC follows, bounded: €24,300 at the reference rate, share
		// not stated.
		assertThat(list.get("ranked")
			.valueStream()
			.map((r) -> r.get("pathway").asString() + " " + r.get("total").asString()))
			.containsExactly(SCM_PATHWAY + " exact",
					"mitx-supply-chain-management-to-zlc-master-logistics-supply-chain-management bounded");
		JsonNode scm = list.get("ranked").get(0);
		assertThat(scm.get("rank").asInt()).isEqualTo(1);
		assertThat(scm.get("pathway").asString()).isEqualTo(SCM_PATHWAY);
		assertThat(fields(scm.get("totalCost"), "amount", "currency")).containsExactly("38350", "USD");
		assertThat(fields(scm.get("totalMonths"), "min", "max")).containsExactly("17", "29");
		assertThat(fields(scm.get("costDifference"), "amount", "currency", "direction")).containsExactly("35650", "USD",
				"less");
		assertThat(fields(scm.at("/monthsDifference/longerBy"), "min", "max")).containsExactly("7", "19");
		assertThat(scm.at("/monthsDifference/direction").asString()).isEqualTo("longer");
		assertThat(fields(scm.get("price"), "amount", "currency", "source", "asOf")).containsExactly("1350", "USD",
				"mitx-scm-faq", "2017-02-15");
		assertThat(fields(scm.get("tuition"), "amount", "currency", "source", "asOf")).containsExactly("74000", "USD",
				"elearninginside-2018-scm-early-success", "2018-07-17");
		assertThat(fields(scm.get("share"), "percent", "basis", "asOf")).containsExactly("50", "stated", "2019");
		assertThat(texts(scm.at("/share/sources"))).contains("mit-ctl-scmb-faq");
		assertThat(fields(scm.get("programMonths"), "min", "max", "source")).containsExactly("12", "24",
				"mit-ctl-scm-cfx");
		assertThat(scm.get("admissionRequired").asBoolean()).isTrue();
		assertThat(scm.get("onCampusRequired").asBoolean()).isTrue();
		assertThat(scm.get("cannotRank")).isEmpty();
		assertThat(scm.at("/links/calculator").asString()).isEqualTo("/calculator?pathway=" + SCM_PATHWAY);
		assertThat(list.at("/leftOut/maxCost").asInt()).isZero();
		assertThat(
				this.api.get("/api/v1/routes?field=business-management&maxCost=38000").at("/leftOut/maxCost").asInt())
			.isEqualTo(1);
	}

	@Test
	void shouldConvertAtTheReferenceRateUnlessTheLearnerGivesOne() {
		JsonNode list = this.api.get("/api/v1/routes?country=HK");
		JsonNode reference = route(list.get("ranked"), HKUST);
		assertThat(texts(list.get("needRate"))).isEmpty();
		assertThat(fields(list.get("referenceRate"), "period", "source")).containsExactly("2026-06", "Federal Reserve");
		// HK$242,000 ÷ 7.8377 = US$30,876.41, charged in full: 1,450 + 30,876.41.
		assertThat(fields(reference.get("totalCost"), "amount", "currency")).containsExactly("32326.41", "USD");
		assertThat(fields(reference.get("conversions").get(0), "figure", "amount", "currency", "converted", "rateBy",
				"period"))
			.containsExactly("tuition", "242000", "HKD", "30876.41", "reference", "2026-06");
		assertThat(reference.get("total").asString()).isEqualTo("bounded");
		assertThat(fields(reference.get("costBounds"), "atMost", "atLeast", "exact")).containsExactly("32326.41",
				"32326.41", "true");
		assertThat(fields(reference.get("monthsBounds"), "atMost", "atLeast", "exact")).containsExactly("33", "17.4",
				"false");
		assertThat(reference.get("cannotRank")).hasSize(1);
		assertThat(fields(reference.get("cannotRank").get(0), "figure", "reason")).containsExactly("share", "missing");

		list = this.api.get("/api/v1/routes?country=HK&rateFrom=HKD&rate=0.128");
		assertThat(fields(list.get("rates").get(0), "from", "rate", "to")).containsExactly("HKD", "0.128", "USD");
		JsonNode converted = route(list.get("ranked"), HKUST);
		assertThat(fields(converted.get("totalCost"), "amount", "currency")).containsExactly("32426", "USD");
		assertThat(fields(converted.get("conversions").get(0), "figure", "amount", "currency", "rate", "converted",
				"rateBy"))
			.containsExactly("tuition", "242000", "HKD", "0.128", "30976", "yours");
		assertThat(converted.get("creditReducesTuition").asBoolean()).isFalse();
		assertThat(fields(converted.get("costDifference"), "amount", "direction")).containsExactly("1450", "more");
	}

	@Test
	void shouldBoundARouteWhoseShareIsNotStatedAndSayWhetherItFits() {
		JsonNode list = this.api.get("/api/v1/routes?field=data-science-analytics&maxCost=15000");
		JsonNode gt = route(list.get("ranked"), GT);
		assertThat(gt.get("total").asString()).isEqualTo("bounded");
		assertThat(gt.get("answer").asString()).isEqualTo("at most US$12,375 · at most 48 months");
		assertThat(gt.get("totalCost").isNull()).as("a bound is never the total").isTrue();
		assertThat(fields(gt.get("costBounds"), "atMost", "atLeast", "exact", "currency")).containsExactly("12375",
				null, "false", "USD");
		assertThat(fields(gt.get("monthsBounds"), "atMost", "atLeast")).containsExactly("48", null);
		assertThat(gt.get("fit").asString()).isEqualTo("fits");
		assertThat(route(this.api.get("/api/v1/routes?field=data-science-analytics&maxCost=12000").get("ranked"), GT)
			.get("fit")
			.asString()).isEqualTo("mayFit");
		JsonNode blocked = this.api.get("/api/v1/routes?field=data-science-analytics").get("unranked").get(0);
		assertThat(blocked.get("answer").asString()).startsWith("Cannot be totalled: ");
		assertThat(blocked.get("costBounds").isNull()).isTrue();
	}

	@Test
	void shouldFilterByDeliveryRegionAndTheFieldOfEitherEnd() {
		JsonNode online = this.api.get("/api/v1/routes?delivery=online");
		List<JsonNode> routes = new ArrayList<>();
		online.get("ranked").forEach(routes::add);
		online.get("unranked").forEach(routes::add);
		assertThat(routes).extracting((r) -> r.get("pathway").asString())
			.containsExactlyInAnyOrder("gtx-analytics-essential-tools-and-methods-to-gatech-online-ms-analytics",
					"umgc-cloud-computing-to-umgc-ms-cloud-computing-architecture",
					"purduex-quantum-technology-computing-to-purdue-ms-electrical-and-computer-engineering");
		assertThat(routes).allMatch((r) -> r.get("delivery").asString().equals("online"));

		// Ranked and unranked: since catalog 1.4 UTEC's fee is known, so its route ranks.
		JsonNode latin = this.api.get("/api/v1/routes?region=latin-america&includeHistorical=true");
		List<JsonNode> latinRoutes = new ArrayList<>();
		latin.get("ranked").forEach(latinRoutes::add);
		latin.get("unranked").forEach(latinRoutes::add);
		assertThat(latinRoutes).extracting((r) -> r.get("region").asString())
			.isNotEmpty()
			.allMatch("latin-america"::equals);
		assertThat(latinRoutes).extracting((r) -> r.at("/receivingInstitution/id").asString())
			.contains("utec-uruguay", "itam");

		// The Harvard Extension Master's in Sustainability is filed under the field; the
		// MicroMasters that it credits is not.
		JsonNode environment = this.api.get("/api/v1/routes?field=environment-sustainability");
		JsonNode harvard = route(environment.get("unranked"), "mitx-supply-chain-management-to-hes-alm-sustainability");
		assertThat(harvard.get("fieldMatch").asString()).isEqualTo("degree");
		assertThat(route(environment.get("unranked"), "uqx-sustainable-energy-to-uq-master-of-sustainable-energy")
			.get("fieldMatch")
			.asString()).isEqualTo("both");
		assertThat(this.api.get("/api/v1/routes").at("/unranked/0/fieldMatch").isNull()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"maxCost=abc | maxCost | Maximum total cost: enter a number from 0 to 100,000,000 with at most two decimals, such as 40000",
			"maxMonths=-1 | maxMonths | Maximum total time (months): enter a whole number of months from 0 to 240, such as 24",
			"sort=cheap | sort | Rank by: choose cost, months, saving or share from the menu",
			"field=astrology | field | Field: choose one from the menu (in an address, its id, such as business-management)",
			"country=ZZ | country | Country of the Master's: no Master's in our catalog is in this country; choose one from the menu",
			"currency=XYZ | currency | Currency: no currency has this ISO 4217 code; choose one from the menu",
			"degree=no-such-degree | degree | Degree: no pathway in our catalog leads to this degree",
			"currency=XAF | currency | Currency: we have no reference rate for this currency; choose one from the menu",
			"rateFrom=HKD&rate=0 | rate | Your rate: enter a number greater than 0 and at most 1,000,000, with at most six decimals, such as 0.128",
			"rateFrom=HKD&rate=-2 | rate | Your rate: enter a number greater than 0 and at most 1,000,000, with at most six decimals, such as 0.128",
			"rateFrom=HKD&rate=abc | rate | Your rate: enter a number greater than 0 and at most 1,000,000, with at most six decimals, such as 0.128",
			"delivery=distance | delivery | How the Master's is taught: choose online only, blended or on campus from the menu (in an address, online, blended or on-campus)",
			"region=Europe | region | Region of the Master's: choose one from the menu (in an address, africa, asia, europe, latin-america, northern-america or oceania)" })
	void shouldRefuseWithTheMessageOfThePage(String query, String name, String reason) {
		JsonNode problem = this.api.problem(HttpMethod.GET, "/api/v1/routes?" + query, HttpStatus.BAD_REQUEST);
		assertThat(problem.get("invalidParams")).hasSize(1);
		assertThat(fields(problem.at("/invalidParams/0"), "name", "reason")).containsExactly(name, reason);
		assertThat(org.jsoup.Jsoup.parse(this.api.html("/routes?" + query)).select(".error-summary li").text())
			.isEqualTo(reason);
	}

	@Test
	void shouldBeDescribedInTheOpenApiDocument() {
		JsonNode operation = this.api.get("/v3/api-docs").at("/paths/~1api~1v1~1routes/get");
		List<String> names = new ArrayList<>();
		operation.get("parameters").forEach((p) -> names.add(p.get("name").asString()));
		assertThat(names).containsExactlyInAnyOrder("field", "country", "maxCost", "currency", "maxMonths", "minShare",
				"includeHistorical", "sort", "program", "degree", "rate", "rateFrom", "delivery", "region");
		assertThat(operation.at("/parameters")
			.valueStream()
			.filter((p) -> p.get("name").asString().equals("region"))
			.findFirst()
			.orElseThrow()
			.at("/schema/pattern")
			.asString()).isEqualTo("africa|asia|europe|latin-america|northern-america|oceania");
		assertThat(operation.get("operationId").asString()).isEqualTo("findRoutes");
	}

	private static JsonNode route(JsonNode array, String pathway) {
		return array.valueStream()
			.filter((item) -> item.get("pathway").asString().equals(pathway))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no route " + pathway));
	}

}
