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
import org.steppingstone.programs.ProgramCatalog;
import org.steppingstone.programs.ProgramListing;
import org.steppingstone.programs.ProgramQuery;

@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs", description = "MicroMasters programs: the catalog of /programs, with courses and pathways.")
class ProgramApiController {

	private final ProgramCatalog catalog;

	ProgramApiController(ProgramCatalog catalog) {
		this.catalog = catalog;
	}

	@Operation(operationId = "listPrograms", summary = "List programs",
			description = "The programs of /programs with the same filters and sort orders, one page at a time. A "
					+ "filter value the catalog does not accept, or a university or country it does not have, is "
					+ "answered 400 naming the parameter.")
	@ApiDocs.ListEndpoint
	PageOf<ProgramSummary> list(@Valid @ParameterObject ProgramQuery query, BindingResult queryResult,
			@Valid @ParameterObject Paging paging, BindingResult pagingResult, HttpServletRequest request) {
		ProgramListing listing = this.catalog.detailedListing();
		listing.validator().validate(query, queryResult);
		ApiRefusal.check(queryResult, pagingResult);
		return PageOf.of(listing.matching(query), paging, ProgramSummary::of, request);
	}

	@Operation(operationId = "getProgram", summary = "Get a program",
			description = "A program with its courses in order (electives marked), its pathways, the sources it "
					+ "cites and the values they disagree on.")
	@ApiDocs.ItemEndpoint
	ProgramDetails show(@Parameter(description = "The program's slug.",
			example = "mitx-supply-chain-management") @PathVariable String id) {
		return this.catalog.page(id).map(ProgramDetails::of).orElseThrow(() -> ApiRefusal.unknownItem("programs"));
	}

}
