package org.steppingstone.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steppingstone.institutions.InstitutionCatalog;

@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "Institutions", description = "Universities that offer a MicroMasters program, count one, or both.")
class InstitutionApiController {

	private final InstitutionCatalog catalog;

	InstitutionApiController(InstitutionCatalog catalog) {
		this.catalog = catalog;
	}

	@Operation(operationId = "listInstitutions", summary = "List institutions",
			description = "The universities of /institutions, by name, with how many programs each offers and how "
					+ "many pathways lead to it, one page at a time.")
	@ApiDocs.ListEndpoint
	PageOf<InstitutionItem> list(@Valid @ParameterObject Paging paging, BindingResult pagingResult,
			HttpServletRequest request) {
		ApiRefusal.check(pagingResult);
		InstitutionCatalog.Listing listing = this.catalog.listing();
		return PageOf.of(listing.institutions(), paging, (i) -> InstitutionItem.of(i, listing), request);
	}

}
