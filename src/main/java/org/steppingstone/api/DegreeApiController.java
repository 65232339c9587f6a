package org.steppingstone.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steppingstone.degrees.DegreeCatalog;

@RestController
@RequestMapping("/api/v1/degrees")
@Tag(name = "Degrees", description = "Master's degrees that count at least one MicroMasters credential.")
class DegreeApiController {

	private final DegreeCatalog catalog;

	DegreeApiController(DegreeCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(operationId = "listDegrees", summary = "List degrees",
			description = "The degrees of /degrees, by title, with how many pathways lead to each, one page at a time.")
	@ApiDocs.ListResponses
	PageOf<DegreeSummary> list(@Valid @ParameterObject Paging paging, BindingResult pagingResult,
			HttpServletRequest request) {
		InvalidParameters.check(pagingResult);
		DegreeCatalog.Listing listing = this.catalog.listing();
		return PageOf.of(listing.degrees(), paging,
				(degree) -> DegreeSummary.of(degree, listing.pathwayCount(degree.getId())), request);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getDegree", summary = "Get a degree",
			description = "A degree with the pathways from MicroMasters programs to it, the sources it cites and the "
					+ "values they disagree on.")
	@ApiDocs.ItemResponses
	DegreeDetails show(@Parameter(description = "The degree's slug.",
			example = "mit-masters-supply-chain-management") @PathVariable String id) {
		return this.catalog.page(id).map(DegreeDetails::of).orElseThrow(() -> new UnknownItem("degrees"));
	}

}
