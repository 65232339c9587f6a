package org.steppingstone.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steppingstone.degrees.DegreeCatalog;
import org.steppingstone.degrees.DegreeQuery;

@RestController
@RequestMapping("/api/v1/degrees")
@Tag(name = "Degrees", description = "Master's degrees that count at least one MicroMasters credential.")
class DegreeApiController {

	private final DegreeCatalog catalog;

	DegreeApiController(DegreeCatalog catalog) {
		this.catalog = catalog;
	}

	@Operation(operationId = "listDegrees", summary = "List degrees",
			description = "The degrees of /degrees, by title, with how many pathways lead to each and the same "
					+ "filters, one page at a time. A filter value the catalog does not accept, or a country no "
					+ "degree is in, is answered 400 naming the parameter.")
	@ApiDocs.ListEndpoint
	PageOf<DegreeSummary> list(@Valid @ParameterObject DegreeQuery query, BindingResult queryResult,
			@Valid @ParameterObject Paging paging, BindingResult pagingResult, HttpServletRequest request) {
		DegreeCatalog.Listing listing = this.catalog.listing();
		listing.validator().validate(query, queryResult);
		ApiRefusal.check(queryResult, pagingResult);
		return PageOf.of(listing.matching(query), paging,
				(degree) -> DegreeSummary.of(degree, listing.pathwayCount(degree.getId())), request);
	}

	@Operation(operationId = "getDegree", summary = "Get a degree",
			description = "A degree with the pathways from MicroMasters programs to it, the sources it cites and the "
					+ "values they disagree on.")
	@ApiDocs.ItemEndpoint
	DegreeDetails show(@Parameter(description = "The degree's slug.",
			example = "mit-masters-supply-chain-management") @PathVariable String id) {
		return this.catalog.page(id).map(DegreeDetails::of).orElseThrow(() -> ApiRefusal.unknownItem("degrees"));
	}

}
