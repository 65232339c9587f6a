package org.steppingstone.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
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

	@Operation(operationId = "findRoutes", summary = "Find routes",
			description = "Every route MicroMasters program → pathway → Master's degree that fits the question, as "
					+ "/routes shows it with the same parameters: ranked routes (every figure known, totals in the "
					+ "chosen currency computed as the calculator computes them), then the routes that cannot be ranked "
					+ "yet, each naming the figure it lacks. A known total over a limit leaves a route out; an unknown "
					+ "one never does. Amounts in another currency count only when rate and rateFrom convert them.")
	@ApiDocs.ListEndpoint
	RouteList find(@Valid @ParameterObject RouteQuery query, BindingResult result) {
		RouteFinder.RouteSearch search = this.finder.search(query, (validator) -> {
			validator.validate(query, result);
			return !result.hasErrors();
		});
		ApiRefusal.check(result);
		return RouteList.of(search.results());
	}

}
