package org.steppingstone.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steppingstone.routes.RouteFinder;
import org.steppingstone.routes.RouteQuery;

@RestController
@RequestMapping("/api/v1/routes")
@Tag(name = "Routes",
		description = "The route finder of /routes: every route from a MicroMasters to a Master's, totalled and ranked.")
class RouteApiController {

	private final RouteFinder finder;

	RouteApiController(RouteFinder finder) {
		this.finder = finder;
	}

	@GetMapping
	@Operation(operationId = "findRoutes", summary = "Find routes",
			description = "Every route MicroMasters program → pathway → Master's degree that fits the question, as "
					+ "/routes shows it with the same parameters: ranked routes (every figure known, totals in the "
					+ "chosen currency computed as the calculator computes them), then the routes that cannot be ranked "
					+ "yet, each naming the figure it lacks. A known total over a limit leaves a route out; an unknown "
					+ "one never does. Amounts in another currency count only when rate and rateFrom convert them.")
	@Parameter(name = "field", in = ParameterIn.QUERY,
			description = "Only routes with this field at either end, the MicroMasters program's or the Master's "
					+ "degree's, by slug; each route's fieldMatch says which end matched.",
			example = "environment-sustainability")
	@Parameter(name = "delivery", in = ParameterIn.QUERY,
			description = "Only routes to a Master's taught this way: online (online only), blended (online and on "
					+ "campus) or on-campus. A degree whose delivery our sources do not state is left out.",
			example = "online")
	@Parameter(name = "region", in = ParameterIn.QUERY,
			description = "Only routes to a university in this world region, from its country by the United Nations' "
					+ "M49 regions: africa, asia, europe, latin-america (Latin America and the Caribbean), "
					+ "northern-america or oceania.",
			example = "latin-america")
	@Parameter(name = "country", in = ParameterIn.QUERY,
			description = "Only routes to a university in this country (ISO 3166-1 alpha-2).", example = "US")
	@Parameter(name = "maxCost", in = ParameterIn.QUERY,
			description = "Leave out routes whose known total cost, in currency, is over this (0 to 100,000,000).",
			example = "40000")
	@Parameter(name = "currency", in = ParameterIn.QUERY,
			description = "The ISO 4217 currency of totals and maxCost; USD when not given.", example = "USD")
	@Parameter(name = "maxMonths", in = ParameterIn.QUERY,
			description = "Leave out routes that take longer than this many months even at their shortest (0 to 240).",
			example = "24")
	@Parameter(name = "minShare", in = ParameterIn.QUERY,
			description = "Leave out routes whose known share of the degree credited is below this (0 to 100).",
			example = "25")
	@Parameter(name = "includeHistorical", in = ParameterIn.QUERY,
			description = "true: include routes from retired programs (left out by default); each is marked historical.")
	@Parameter(name = "sort", in = ParameterIn.QUERY,
			description = "cost (default, lowest first), months (shortest first), saving (largest saving against the "
					+ "Master's alone first) or share (largest first).")
	@Parameter(name = "program", in = ParameterIn.QUERY, description = "Only routes from this program, by slug.",
			example = "mitx-supply-chain-management")
	@Parameter(name = "degree", in = ParameterIn.QUERY, description = "Only routes to this degree, by slug.",
			example = "mit-masters-supply-chain-management")
	@Parameter(name = "rate", in = ParameterIn.QUERY,
			description = "Your exchange rate: units of currency for one unit of rateFrom (greater than 0).",
			example = "0.128")
	@Parameter(name = "rateFrom", in = ParameterIn.QUERY,
			description = "The ISO 4217 currency rate converts from; another than currency.", example = "HKD")
	@ApiDocs.ListResponses
	RouteList find(@Valid @ParameterObject RouteQuery query, BindingResult result) {
		RouteFinder.RouteSearch search = this.finder.search(query, (validator) -> {
			validator.validate(query, result);
			return !result.hasErrors();
		});
		InvalidParameters.check(result);
		return RouteList.of(search.results());
	}

}
