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
import org.steppingstone.pathways.PathwayCatalog;
import org.steppingstone.pathways.PathwayListing;
import org.steppingstone.pathways.PathwayQuery;

@RestController
@RequestMapping("/api/v1/pathways")
@Tag(name = "Pathways", description = "How each MicroMasters credential counts toward a Master's degree.")
class PathwayApiController {

	private final PathwayCatalog catalog;

	PathwayApiController(PathwayCatalog catalog) {
		this.catalog = catalog;
	}

	@Operation(operationId = "listPathways", summary = "List pathways",
			description = "The pathways of /pathways, by program title, with the same filters, one page at a time. A "
					+ "filter value the catalog does not accept, or a university or country no pathway leads to, is "
					+ "answered 400 naming the parameter.")
	@ApiDocs.ListEndpoint
	PageOf<PathwayItem> list(@Valid @ParameterObject PathwayQuery query, BindingResult queryResult,
			@Valid @ParameterObject Paging paging, BindingResult pagingResult, HttpServletRequest request) {
		PathwayListing listing = this.catalog.detailedListing();
		listing.validator().validate(query, queryResult);
		ApiRefusal.check(queryResult, pagingResult);
		return PageOf.of(listing.matching(query), paging, PathwayItem::of, request);
	}

	@Operation(operationId = "getPathway", summary = "Get a pathway",
			description = "A pathway with its conditions, the price and length of its program and the tuition, "
					+ "credits and length of its degree, the sources it cites and the values they disagree on.")
	@ApiDocs.ItemEndpoint
	PathwayDetails show(@Parameter(description = "The pathway's slug.",
			example = "mitx-supply-chain-management-to-mit-masters-supply-chain-management") @PathVariable String id) {
		return this.catalog.page(id).map(PathwayDetails::of).orElseThrow(() -> ApiRefusal.unknownItem("pathways"));
	}

}
