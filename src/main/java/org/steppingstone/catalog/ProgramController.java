package org.steppingstone.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class ProgramController {

	private final ProgramCatalog catalog;

	ProgramController(ProgramCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/programs")
	String list(@Valid @ModelAttribute("query") ProgramQuery query, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ProgramCatalog.Listing listing = this.catalog.listing();
		if (query.getInstitution() != null && !result.hasFieldErrors("institution") && listing.institutions()
			.stream()
			.noneMatch((institution) -> institution.getId().equals(query.getInstitution()))) {
			result.rejectValue("institution", "filter.unknown");
		}
		if (query.getCountry() != null && !result.hasFieldErrors("country")
				&& !listing.receivingCountries().contains(query.getCountry())) {
			result.rejectValue("country", "filter.unknown");
		}
		model.addAttribute("fields", StudyField.values());
		model.addAttribute("institutions", listing.institutions());
		model.addAttribute("countries", listing.receivingCountries());
		model.addAttribute("total", listing.rows().size());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "programs/programList";
		}
		model.addAttribute("programs", listing.matching(query));
		model.addAttribute("activeFilters", query.activeFilters(
				UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())));
		return "programs/programList";
	}

	@GetMapping("/programs/{id}")
	String show(@PathVariable String id, Model model) {
		ProgramCatalog.ProgramPage page = this.catalog.page(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", page);
		model.addAttribute("program", page.program());
		return "programs/programDetails";
	}

}
