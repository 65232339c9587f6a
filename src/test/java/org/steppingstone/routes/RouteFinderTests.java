package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.steppingstone.CatalogJson;
import org.steppingstone.catalog.Months;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.RouteCalculator;
import org.steppingstone.catalog.RouteFigures;
import org.steppingstone.catalog.RouteInputs;
import org.steppingstone.catalog.StudyField;
import org.steppingstone.routes.RouteFinder.RouteResults;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.item;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The route finder against a hand computation from the catalog's data file: which routes
 * it ranks, which it cannot rank and why, which a limit leaves out, and in what order.
 */
@SpringBootTest
class RouteFinderTests {

	static final String SCM = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";

	static final String SCM_TO_HES = "mitx-supply-chain-management-to-hes-alm-management";

	static final String HKUST = "hkustx-big-data-technology-to-hkust-msc-big-data-technology";

	@Autowired
	private RouteFinder finder;

	@Test
	void shouldTotalTheMitSupplyChainRouteAsTheCalculatorDoes() {
		RouteResults results = find((q) -> q.setField("business-management"));
		assertThat(ids(results.ranked())).containsExactly(SCM);
		Route scm = results.ranked().get(0);
		// 1,350 + 74,000 × (100 − 50) / 100 = 38,350; the Master's alone 74,000.
		assertThat(scm.estimate().stackedCost()).isEqualByComparingTo("38350");
		assertThat(scm.estimate().costSaving()).isEqualByComparingTo("35650");
		// 12–24 months + 10 × 50 / 100 = 17–29 months.
		assertThat(scm.estimate().stackedMonths()).isEqualTo(Months.of(17, 29));
		assertThat(scm.currency()).isEqualTo(Currency.getInstance("USD"));
		assertThat(scm.calculatorUrl()).isEqualTo("/calculator?pathway=" + SCM);
		assertThat(scm.pathway().routeCost()).isEqualByComparingTo(scm.estimate().stackedCost());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "business-management", "data-science-analytics", "computer-science", "engineering",
			"economics-finance", "social-sciences", "environment-sustainability" })
	void shouldRankExactlyTheRoutesWhoseEveryFigureIsKnownInUsDollars(String field) {
		RouteResults results = find((q) -> q.setField(field));
		Map<String, BigDecimal> expected = new LinkedHashMap<>();
		List<String> unranked = new ArrayList<>();
		for (JsonNode w : CatalogJson.current("pathways")) {
			JsonNode program = item("programs", w.get("program_id").asString());
			JsonNode degree = w.get("degree_id").isNull() ? null : item("degrees", w.get("degree_id").asString());
			// The field of either end: the MicroMasters' or the Master's.
			boolean inField = field.isEmpty() || field.equals(slug(program.get("field").asString()))
					|| (degree != null && field.equals(slug(degree.get("field").asString())));
			if ("non-degree".equals(w.get("kind").asString()) || "retired".equals(program.get("status").asString())
					|| !inField) {
				continue;
			}
			BigDecimal total = total(w, program, degree);
			if (total != null) {
				expected.put(w.get("id").asString(), total);
			}
			else {
				unranked.add(w.get("id").asString());
			}
		}
		assertThat(ids(results.ranked())).containsExactlyInAnyOrderElementsOf(expected.keySet());
		results.ranked()
			.forEach((r) -> assertThat(r.estimate().stackedCost())
				.isEqualByComparingTo(expected.get(r.pathway().getId())));
		assertThat(ids(results.unranked())).containsExactlyInAnyOrderElementsOf(unranked);
		results.unranked().forEach((r) -> assertThat(r.gaps()).as(r.pathway().getId()).isNotEmpty());
	}

	@Test
	void shouldListARouteWithAMissingTuitionAfterTheRankedOnesNamingTheFigure() {
		Route route = unranked(find((q) -> q.setProgram("mitx-supply-chain-management")), SCM_TO_HES);
		assertThat(route.gaps()).contains(new Route.Gap("tuition", "missing", null),
				new Route.Gap("degreeMonths", "missing", null));
		assertThat(route.estimate().stackedCost()).isNull();
		assertThat(route.estimate().inputs().tuition()).as("never counted as zero").isNull();
	}

	@Test
	void shouldTellAPriceWithNoSingleFigureFromAMissingOne() {
		Route route = unranked(find((q) -> q.setField("economics-finance")),
				"mitx-data-economics-design-of-policy-to-hes-alm-global-development-practice");
		assertThat(route.gaps()).startsWith(new Route.Gap("price", "noSingle", null),
				new Route.Gap("tuition", "missing", null));
		assertThat(route.figures().price().note()).isNotBlank();
	}

	@Test
	void shouldNotAddHongKongDollarsToUsDollarsWithoutTheLearnersRate() {
		Route alone = unranked(find((q) -> q.setCountry("HK")), HKUST);
		assertThat(alone.gaps()).contains(new Route.Gap("tuition", "currency", Currency.getInstance("HKD")),
				new Route.Gap("share", "missing", null));
		assertThat(alone.estimate().stackedCost()).isNull();
		assertThat(find((q) -> q.setCountry("HK")).needRate()).containsExactly(Currency.getInstance("HKD"));

		RouteResults converted = find((q) -> {
			q.setCountry("HK");
			q.setRate(new BigDecimal("0.128"));
			q.setRateFrom("HKD");
		});
		Route route = unranked(converted, HKUST);
		// HK$242,000 × 0.128 = US$30,976; charged in full after credit: 1,450 + 30,976.
		assertThat(route.conversions()).singleElement()
			.satisfies((c) -> assertThat(c.converted()).isEqualByComparingTo("30976"));
		assertThat(route.estimate().stackedCost()).isEqualByComparingTo("32426");
		assertThat(route.gaps()).containsExactly(new Route.Gap("share", "missing", null));
		assertThat(route.calculatorUrl()).isEqualTo("/calculator?pathway=" + HKUST + "&tuition=30976.00");
		assertThat(converted.ratesUsed()).containsEntry(Currency.getInstance("HKD"), new BigDecimal("0.128"));
	}

	@Test
	void shouldTotalInTheLearnersCurrencyWithTheirRate() {
		RouteResults results = find((q) -> {
			q.setField("business-management");
			q.setCurrency("HKD");
			q.setRate(new BigDecimal("7.8"));
			q.setRateFrom("USD");
		});
		// 1,350 × 7.8 = 10,530; 74,000 × 7.8 = 577,200, half of it 288,600: HK$299,130.
		assertThat(results.ranked()).singleElement()
			.satisfies((r) -> assertThat(r.estimate().stackedCost()).isEqualByComparingTo("299130"));
		assertThat(results.ranked().get(0).calculatorUrl()).as("the calculator counts in US dollars")
			.isEqualTo("/calculator?pathway=" + SCM);
		// Without a rate no US-dollar figure counts toward a total in Hong Kong dollars.
		assertThat(find((q) -> q.setCurrency("HKD")).ranked()).isEmpty();
	}

	@Test
	void shouldLeaveOutAKnownTotalOverTheMaximumAndKeepTheUnknownOnes() {
		RouteResults all = find((q) -> q.setField("business-management"));
		RouteResults under = find((q) -> {
			q.setField("business-management");
			q.setMaxCost(new BigDecimal("38349.99"));
		});
		assertThat(under.ranked()).isEmpty();
		assertThat(under.leftOut()).containsExactly(Map.entry("maxCost", 1));
		assertThat(ids(under.unranked())).containsExactlyElementsOf(ids(all.unranked()));
		RouteResults exactly = find((q) -> {
			q.setField("business-management");
			q.setMaxCost(new BigDecimal("38350"));
		});
		assertThat(ids(exactly.ranked())).containsExactly(SCM);

		RouteResults convertedOver = find((q) -> {
			q.setCountry("HK");
			q.setRate(new BigDecimal("0.128"));
			q.setRateFrom("HKD");
			q.setMaxCost(new BigDecimal("30000"));
		});
		assertThat(ids(convertedOver.unranked())).doesNotContain(HKUST);
		assertThat(convertedOver.leftOut()).containsEntry("maxCost", 1);
	}

	@Test
	void shouldLeaveOutRoutesOverTheTimeOrUnderTheShareOnlyWhenTheFigureIsKnown() {
		RouteResults within16 = find((q) -> {
			q.setProgram("mitx-supply-chain-management");
			q.setMaxMonths(16);
		});
		assertThat(ids(within16.ranked())).isEmpty();
		assertThat(within16.leftOut()).containsEntry("maxMonths", 1);
		assertThat(ids(find((q) -> {
			q.setProgram("mitx-supply-chain-management");
			q.setMaxMonths(17);
		}).ranked())).containsExactly(SCM);
		RouteResults share = find((q) -> {
			q.setProgram("mitx-supply-chain-management");
			q.setMinShare(new BigDecimal("40"));
		});
		// SCM credits 50 %, the two Harvard Extension routes 33.3 %, PolyU's share is
		// unknown.
		assertThat(ids(share.ranked())).containsExactly(SCM);
		assertThat(share.leftOut()).containsEntry("minShare", 2);
		assertThat(ids(share.unranked()))
			.containsExactly("mitx-supply-chain-management-to-hong-kong-polytechnic-university");
	}

	@Test
	void shouldIncludeHistoricalRoutesOnlyWhenAsked() {
		String columbia = "columbiax-business-analytics-to-columbia-ms-business-analytics";
		assertThat(ids(find((q) -> q.setField("data-science-analytics")).unranked())).doesNotContain(columbia);
		RouteResults withHistory = find((q) -> {
			q.setField("data-science-analytics");
			q.setIncludeHistorical(true);
		});
		Route route = unranked(withHistory, columbia);
		assertThat(route.isHistorical()).isTrue();
		assertThat(withHistory.unranked().stream().filter(Route::isHistorical).count()).isEqualTo(4);
	}

	@Test
	void shouldRankByCostMonthsSavingOrShareAndBreakTiesByCostThenTitle() {
		// A: 1,000 + 20,000 × 50 % = 11,000; 12 + 12 × 50 % = 18 months; saves 9,000.
		Route a = route("A", "1000", "20000", "50", 12, 12);
		// B: 2,000 + 10,000 × 75 % = 9,500; 10 + 12 × 75 % = 19 months; saves 500.
		Route b = route("B", "2000", "10000", "25", 10, 12);
		// C: 500 + 40,000 × 25 % = 10,500; 6 + 24 × 25 % = 12 months; saves 29,500.
		Route c = route("C", "500", "40000", "75", 6, 24);
		// D costs as much as B and takes as long, and sorts after it by title.
		Route d = route("D", "2000", "10000", "25", 10, 12);
		List<Route> routes = List.of(a, b, c, d);
		assertThat(titles(routes, RouteFinder.order("cost"))).containsExactly("B", "D", "C", "A");
		assertThat(titles(routes, RouteFinder.order("months"))).containsExactly("C", "A", "B", "D");
		assertThat(titles(routes, RouteFinder.order("saving"))).containsExactly("C", "A", "B", "D");
		assertThat(titles(routes, RouteFinder.order("share"))).containsExactly("C", "A", "B", "D");
	}

	@ParameterizedTest
	@CsvSource({ "country, ZZ, routes.unknown", "currency, XYZ, routes.unknown", "rateFrom, XYZ, routes.unknown",
			"program, no-such-program, routes.unknown", "degree, no-such-degree, routes.unknown",
			"rateFrom, USD, routes.sameCurrency" })
	void shouldRefuseWhatTheCatalogDoesNotHave(String field, String value, String code) {
		RouteQuery query = new RouteQuery();
		switch (field) {
			case "country" -> query.setCountry(value);
			case "currency" -> query.setCurrency(value);
			case "rateFrom" -> query.setRateFrom(value);
			case "program" -> query.setProgram(value);
			default -> query.setDegree(value);
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(query, "routeQuery");
		assertThat(this.finder.search(query, errors).results()).isNull();
		assertThat(errors.getFieldError(field).getCode()).isEqualTo(code);
	}

	private RouteResults find(Consumer<RouteQuery> question) {
		RouteQuery query = new RouteQuery();
		question.accept(query);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(query, "routeQuery");
		RouteResults results = this.finder.search(query, errors).results();
		assertThat(errors.getAllErrors()).isEmpty();
		return results;
	}

	private static Route unranked(RouteResults results, String id) {
		assertThat(ids(results.ranked())).doesNotContain(id);
		return results.unranked()
			.stream()
			.filter((r) -> r.pathway().getId().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("not among the unranked routes: " + id));
	}

	private static List<String> ids(List<Route> routes) {
		return routes.stream().map((r) -> r.pathway().getId()).toList();
	}

	/** The total as the issue states the calculator's rule, from the data file alone. */
	private static BigDecimal total(JsonNode w, JsonNode program, JsonNode degree) {
		BigDecimal price = CatalogJson.usd(program, "price");
		BigDecimal tuition = (degree != null) ? CatalogJson.usd(degree, "tuition") : null;
		BigDecimal share = (BigDecimal) CatalogJson.value(w, "credit.share_percent");
		if (price == null || tuition == null || share == null || CatalogJson.value(program, "length_months.min") == null
				|| CatalogJson.value(degree, "length_months.min") == null) {
			return null;
		}
		boolean full = Boolean.FALSE.equals(CatalogJson.value(degree, "credit_reduces_tuition.value"));
		return price.add(full ? tuition
				: tuition.multiply(BigDecimal.valueOf(100).subtract(share)).divide(BigDecimal.valueOf(100)));
	}

	private static String slug(String label) {
		return Arrays.stream(StudyField.values())
			.filter((f) -> f.getLabel().equals(label))
			.findFirst()
			.orElseThrow()
			.getSlug();
	}

	private static Route route(String title, String price, String tuition, String share, int programMonths,
			int degreeMonths) {
		Pathway pathway = mock(Pathway.class);
		Program program = mock(Program.class);
		when(pathway.getProgram()).thenReturn(program);
		when(pathway.getId()).thenReturn(title);
		when(pathway.label()).thenReturn(title);
		when(program.getTitle()).thenReturn(title);
		RouteFigures figures = new RouteFigures(null, null, new BigDecimal(share),
				Months.of(programMonths, programMonths), Months.of(degreeMonths, degreeMonths), true);
		RouteInputs inputs = new RouteInputs(new BigDecimal(price), new BigDecimal(tuition), new BigDecimal(share),
				figures.programMonths(), figures.degreeMonths());
		return new Route(pathway, figures, RouteCalculator.estimate(inputs), Currency.getInstance("USD"), List.of(),
				List.of());
	}

	private static List<String> titles(List<Route> routes, Comparator<Route> order) {
		return routes.stream().sorted(order).map((r) -> r.pathway().getId()).toList();
	}

}
