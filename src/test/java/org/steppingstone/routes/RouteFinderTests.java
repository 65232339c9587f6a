package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.steppingstone.CatalogJson;
import org.steppingstone.Forms;
import org.steppingstone.catalog.Months;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.RouteCalculator;
import org.steppingstone.catalog.RouteFigures;
import org.steppingstone.catalog.RouteInputs;
import org.steppingstone.catalog.StudyField;
import org.steppingstone.routes.RouteResults;
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

	/**
	 * Since catalog 1.4: tuition €24,300 (converted at the reference rate), share
	 * unknown.
	 */
	static final String SCM_TO_ZLC = "mitx-supply-chain-management-to-zlc-master-logistics-supply-chain-management";

	static final String SCM_TO_HES = "mitx-supply-chain-management-to-hes-alm-management";

	static final String HKUST = "hkustx-big-data-technology-to-hkust-msc-big-data-technology";

	static final String GT = "gtx-analytics-essential-tools-and-methods-to-gatech-online-ms-analytics";

	@Autowired
	private RouteFinder finder;

	@Test
	void shouldTotalTheMitSupplyChainRouteAsTheCalculatorDoes() {
		RouteResults results = find("field", "business-management");
		assertThat(ids(results.exact())).containsExactly(SCM);
		// The exact total first, then ZLC, bounded (its share is not stated).
		assertThat(ids(results.ranked())).containsExactly(SCM, SCM_TO_ZLC);
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
	void shouldRankEveryRouteWhosePriceAndTuitionAreKnownExactThenBounded(String field) {
		RouteResults results = find("field", field);
		Map<String, BigDecimal> exact = new LinkedHashMap<>();
		Map<String, BigDecimal> bounded = new LinkedHashMap<>();
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
				exact.put(w.get("id").asString(), total);
			}
			else if (CatalogJson.value(program, "price.value") != null && degree != null
					&& CatalogJson.value(degree, "tuition.value") != null) {
				// Bounded: at most the price and the whole tuition (null when not in US
				// dollars: converted at the reference rate, checked below).
				BigDecimal price = CatalogJson.usd(program, "price");
				BigDecimal tuition = CatalogJson.usd(degree, "tuition");
				bounded.put(w.get("id").asString(), (price != null && tuition != null) ? price.add(tuition) : null);
			}
			else {
				unranked.add(w.get("id").asString());
			}
		}
		assertThat(ids(results.exact())).containsExactlyInAnyOrderElementsOf(exact.keySet());
		results.exact()
			.forEach(
					(r) -> assertThat(r.estimate().stackedCost()).isEqualByComparingTo(exact.get(r.pathway().getId())));
		assertThat(ids(results.ranked())).as("exact totals first, then bounded ones")
			.containsExactlyElementsOf(
					java.util.stream.Stream.concat(ids(results.exact()).stream(), ids(results.bounded()).stream())
						.toList());
		assertThat(ids(results.bounded())).containsExactlyInAnyOrderElementsOf(bounded.keySet());
		results.bounded()
			.stream()
			.filter((r) -> bounded.get(r.pathway().getId()) != null && r.figures().creditReducesTuition())
			.forEach((r) -> assertThat(r.estimate().cost().atMost())
				.isEqualByComparingTo(bounded.get(r.pathway().getId())));
		assertThat(ids(results.unranked())).containsExactlyInAnyOrderElementsOf(unranked);
		results.unranked().forEach((r) -> assertThat(r.blocking()).as(r.pathway().getId()).isNotEmpty());
	}

	@Test
	void shouldCountTheUnfilteredRoutesExactBoundedAndBlocked() {
		RouteResults all = find();
		// Issue 24's "Done when": before, 1 / 0 / 29. With catalog 1.4 and the reference
		// rates, six are bounded (ZLC's euros among them); the set is checked against the
		// catalog in shouldRankEveryRouteWhosePriceAndTuitionAreKnownExactThenBounded.
		assertThat(List.of(all.exact().size(), all.bounded().size(), all.unranked().size())).containsExactly(1, 6, 26);
	}

	@Test
	void shouldBoundTheGeorgiaTechRouteAtMostByCountingNoCredit() {
		RouteResults results = find("program", "gtx-analytics-essential-tools-and-methods");
		Route gt = results.bounded().stream().filter((r) -> r.pathway().getId().equals(GT)).findFirst().orElseThrow();
		assertThat(gt.total()).isEqualTo("bounded");
		assertThat(gt.estimate().cost().atMost()).isEqualByComparingTo("12375");
		assertThat(gt.estimate().months().atMost()).isEqualByComparingTo("48");
		assertThat(results.answer(gt)).isEqualTo("at most US$12,375 · at most 48 months");
		Route rit = results.unranked().get(0);
		assertThat(results.answer(rit)).isEqualTo("Cannot be totalled: Master's tuition not stated by our sources");
	}

	@Test
	void shouldSayWhetherABoundedRouteFitsMayFitOrIsLeftOut() {
		RouteResults fits = find("field", "data-science-analytics", "maxCost", "15000");
		Route gt = fits.ranked().stream().filter((r) -> r.pathway().getId().equals(GT)).findFirst().orElseThrow();
		assertThat(fits.fit(gt)).isEqualTo("fits");
		RouteResults may = find("program", "gtx-analytics-essential-tools-and-methods", "maxCost", "12000");
		assertThat(may.fit(may.ranked().get(0))).isEqualTo("mayFit");
		RouteResults over = find("program", "gtx-analytics-essential-tools-and-methods", "maxCost", "2000");
		// Even the MicroMasters alone (US$2,475) is over: both routes from it are left
		// out, the blocked one too.
		assertThat(over.ranked()).isEmpty();
		assertThat(over.unranked()).isEmpty();
		assertThat(over.leftOut()).containsEntry("maxCost", 2);
		assertThat(find("program", "gtx-analytics-essential-tools-and-methods").fit(gt)).isNull();
	}

	@Test
	void shouldSortByTheUpperBoundForBoundedRoutes() {
		RouteResults results = find("field", "data-science-analytics");
		List<BigDecimal> most = results.bounded().stream().map((r) -> r.estimate().cost().atMost()).toList();
		assertThat(most).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@Test
	void shouldListARouteWithAMissingTuitionAfterTheRankedOnesNamingTheFigure() {
		Route route = unranked(find("program", "mitx-supply-chain-management"), SCM_TO_HES);
		assertThat(route.gaps()).contains(new Route.Gap("tuition", "missing", null),
				new Route.Gap("degreeMonths", "missing", null));
		assertThat(route.estimate().stackedCost()).isNull();
		assertThat(route.estimate().inputs().tuition()).as("never counted as zero").isNull();
	}

	@Test
	void shouldTellAPriceWithNoSingleFigureFromAMissingOne() {
		Route route = unranked(find("field", "economics-finance"),
				"mitx-data-economics-design-of-policy-to-hes-alm-global-development-practice");
		assertThat(route.gaps()).startsWith(new Route.Gap("price", "noSingle", null),
				new Route.Gap("tuition", "missing", null));
		assertThat(route.figures().price().note()).isNotBlank();
	}

	@Test
	void shouldNotAddHongKongDollarsToUsDollarsWithoutARate() {
		Route ranked = find("country", "HK").ranked()
			.stream()
			.filter((r) -> r.pathway().getId().equals(HKUST))
			.findFirst()
			.orElseThrow();
		// With no rate at all (neither ours nor the learner's), the tuition blocks.
		Route alone = Route.of(ranked.pathway(), Currency.getInstance("USD"), Map.of());
		assertThat(alone.gaps()).contains(new Route.Gap("tuition", "currency", Currency.getInstance("HKD")),
				new Route.Gap("share", "missing", null));
		assertThat(alone.estimate().stackedCost()).isNull();
		assertThat(alone.isRanked()).isFalse();
	}

	@Test
	void shouldConvertAtTheReferenceRateKeepingTheAmountAsPublished() {
		RouteResults results = find("country", "HK");
		Route route = results.ranked()
			.stream()
			.filter((r) -> r.pathway().getId().equals(HKUST))
			.findFirst()
			.orElseThrow();
		// HK$242,000 ÷ 7.8377 (June 2026 average) = US$30,876.41; charged in full after
		// credit: 1,450 + 30,876.41 = 32,326.41, exact without the share.
		assertThat(route.conversions()).singleElement().satisfies((c) -> {
			assertThat(c.converted()).isEqualByComparingTo("30876.41");
			assertThat(c.published().value()).isEqualByComparingTo("242000");
			assertThat(c.reference()).isTrue();
			assertThat(c.period()).isEqualTo("2026-06");
			assertThat(c.source()).isEqualTo("Federal Reserve");
		});
		assertThat(route.estimate().stackedCost()).isEqualByComparingTo("32326.41");
		assertThat(route.total()).isEqualTo("bounded");
		assertThat(results.needRate()).isEmpty();
		assertThat(results.reference().period()).isEqualTo("2026-06");
		assertThat(results.answer(route))
			.isEqualTo("US$32,326.41 · between 17.4 and 33 months · costs US$1,450 more than the Master's alone");
		assertThat(route.calculatorUrl()).as("the calculator converts at the same reference rate")
			.isEqualTo("/calculator?pathway=" + HKUST);
	}

	@Test
	void shouldLetTheLearnersRateOverrideTheReferenceRate() {
		RouteResults converted = find("country", "HK", "rate", "0.128", "rateFrom", "HKD");
		Route route = converted.ranked()
			.stream()
			.filter((r) -> r.pathway().getId().equals(HKUST))
			.findFirst()
			.orElseThrow();
		// HK$242,000 × 0.128 = US$30,976; charged in full after credit: 1,450 + 30,976.
		assertThat(route.conversions()).singleElement().satisfies((c) -> {
			assertThat(c.converted()).isEqualByComparingTo("30976");
			assertThat(c.reference()).isFalse();
		});
		assertThat(route.estimate().stackedCost()).isEqualByComparingTo("32426");
		assertThat(route.gaps()).containsExactly(new Route.Gap("share", "missing", null));
		assertThat(route.calculatorUrl()).isEqualTo("/calculator?pathway=" + HKUST + "&tuition=30976.00");
		assertThat(converted.ratesUsed()).containsEntry(Currency.getInstance("HKD"), new BigDecimal("0.128"));
	}

	@Test
	void shouldLeaveOutAKnownTotalOverTheMaximumAndKeepTheUnknownOnes() {
		RouteResults all = find("field", "business-management");
		RouteResults under = find("field", "business-management", "maxCost", "38349.99");
		// ZLC costs at most US$29,332.50, under the maximum: only SCM is left out.
		assertThat(ids(under.ranked())).containsExactly(SCM_TO_ZLC);
		assertThat(under.leftOut()).containsExactly(Map.entry("maxCost", 1));
		assertThat(ids(under.unranked())).containsExactlyElementsOf(ids(all.unranked()));
		RouteResults exactly = find("field", "business-management", "maxCost", "38350");
		assertThat(ids(exactly.ranked())).containsExactly(SCM, SCM_TO_ZLC);

		RouteResults convertedOver = find("country", "HK", "rate", "0.128", "rateFrom", "HKD", "maxCost", "30000");
		assertThat(ids(convertedOver.ranked())).doesNotContain(HKUST);
		assertThat(convertedOver.leftOut()).containsEntry("maxCost", 1);
	}

	@Test
	void shouldLeaveOutRoutesOverTheTimeOrUnderTheShareOnlyWhenTheFigureIsKnown() {
		RouteResults within16 = find("program", "mitx-supply-chain-management", "maxMonths", "16");
		// ZLC takes 12–33 months: it may fit, so it stays.
		assertThat(ids(within16.ranked())).containsExactly(SCM_TO_ZLC);
		assertThat(within16.leftOut()).containsEntry("maxMonths", 1);
		assertThat(ids(find("program", "mitx-supply-chain-management", "maxMonths", "17").ranked()))
			.containsExactly(SCM, SCM_TO_ZLC);
		RouteResults share = find("program", "mitx-supply-chain-management", "minShare", "40");
		// SCM credits 50 %, the two Harvard Extension routes 33.3 %, the shares of PolyU
		// and (since catalog 1.4) ZLC are unknown.
		// An unknown share is never under the minimum: ZLC stays, bounded.
		assertThat(ids(share.ranked())).containsExactly(SCM, SCM_TO_ZLC);
		assertThat(share.leftOut()).containsEntry("minShare", 2);
		assertThat(ids(share.unranked()))
			.containsExactly("mitx-supply-chain-management-to-hong-kong-polytechnic-university");
	}

	@Test
	void shouldIncludeHistoricalRoutesOnlyWhenAsked() {
		String columbia = "columbiax-business-analytics-to-columbia-ms-business-analytics";
		assertThat(ids(find("field", "data-science-analytics").unranked())).doesNotContain(columbia);
		RouteResults withHistory = find("field", "data-science-analytics", "includeHistorical", "true");
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
			"rateFrom, USD, routes.sameCurrency", "currency, XAF, routes.noRate" })
	void shouldRefuseWhatTheCatalogDoesNotHave(String field, String value, String code) {
		RouteQuery query = Forms.bind(RouteQuery.class, field, value);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(query, "routeQuery");
		assertThat(search(query, errors)).isNull();
		assertThat(errors.getFieldError(field).getCode()).isEqualTo(code);
	}

	/**
	 * The routes a question finds, as its query string would ask it.
	 * @param parameters names and values, in pairs
	 */
	private RouteResults find(String... parameters) {
		RouteQuery query = Forms.bind(RouteQuery.class, parameters);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(query, "routeQuery");
		RouteResults results = search(query, errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return results;
	}

	private RouteResults search(RouteQuery query, BeanPropertyBindingResult errors) {
		return this.finder.search(query, (validator) -> {
			validator.validate(query, errors);
			return !errors.hasErrors();
		}).results();
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
