package org.steppingstone.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
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

	@GetMapping
	@Operation(operationId = "listPrograms", summary = "List programs",
			description = "The programs of /programs with the same filters and sort orders, one page at a time. A "
					+ "filter value the catalog does not accept, or a university or country it does not have, is "
					+ "answered 400 naming the parameter.")
	@Parameter(name = "field", in = ParameterIn.QUERY, description = "Only programs in this field of study, by slug.",
			example = "engineering")
	@Parameter(name = "institution", in = ParameterIn.QUERY,
			description = "Only programs offered by this university, by slug.", example = "mit")
	@Parameter(name = "maxPrice", in = ParameterIn.QUERY,
			description = "Only programs whose stated price, in the currency of the currency parameter, is at most this "
					+ "much (0 to 1,000,000). Prices in other currencies are not converted and do not match.",
			example = "1500")
	@Parameter(name = "currency", in = ParameterIn.QUERY,
			description = "The ISO 4217 currency of maxPrice; USD when not given.", example = "USD")
	@Parameter(name = "maxMonths", in = ParameterIn.QUERY,
			description = "Only programs that take at most this many months at the longest (0 to 120).", example = "12")
	@Parameter(name = "credit", in = ParameterIn.QUERY,
			description = "true: only programs with a pathway that grants credit.")
	@Parameter(name = "country", in = ParameterIn.QUERY,
			description = "Only programs with a pathway to a university in this country (ISO 3166-1 alpha-2).",
			example = "US")
	@Parameter(name = "q", in = ParameterIn.QUERY,
			description = "Words to find in the titles of the program and its courses and in the university's "
					+ "name; case and accents are ignored.",
			example = "supply chain")
	@Parameter(name = "sort", in = ParameterIn.QUERY,
			description = "title (default), price or length (lowest first), or share (largest credit share first); "
					+ "programs without the figure sort last.")
	@Parameter(name = "includeRetired", in = ParameterIn.QUERY,
			description = "true: list retired programs too (left out by default); each says when and why it ended.")
	@ApiDocs.ListResponses
	PageOf<ProgramSummary> list(@Valid @ParameterObject ProgramQuery query, BindingResult queryResult,
			@Valid @ParameterObject Paging paging, BindingResult pagingResult, HttpServletRequest request) {
		ProgramListing listing = this.catalog.detailedListing();
		listing.validator().validate(query, queryResult);
		InvalidParameters.check(queryResult, pagingResult);
		return PageOf.of(listing.matching(query), paging, ProgramSummary::of, request);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getProgram", summary = "Get a program",
			description = "A program with its courses in order (electives marked), its pathways, the sources it "
					+ "cites and the values they disagree on.")
	@ApiDocs.ItemResponses
	ProgramDetails show(@Parameter(description = "The program's slug.",
			example = "mitx-supply-chain-management") @PathVariable String id) {
		return this.catalog.page(id).map(ProgramDetails::of).orElseThrow(() -> new UnknownItem("programs"));
	}

}
