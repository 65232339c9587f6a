package org.steppingstone.programs;

import java.util.List;

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
import org.steppingstone.catalog.StudyField;
import org.steppingstone.system.SiteUrls;

@Controller
class ProgramController {

	private final ProgramCatalog catalog;

	private final StructuredData structuredData;

	private final PageDescriptions descriptions;

	ProgramController(ProgramCatalog catalog, StructuredData structuredData, PageDescriptions descriptions) {
		this.catalog = catalog;
		this.structuredData = structuredData;
		this.descriptions = descriptions;
	}

	@GetMapping("/programs")
	String list(@Valid @ModelAttribute("query") ProgramQuery query, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ProgramCatalog.Listing listing = this.catalog.listing();
		listing.check(query, result);
		model.addAttribute("fields", StudyField.values());
		model.addAttribute("institutions", listing.institutions());
		model.addAttribute("countries", listing.receivingCountries());
		model.addAttribute("total", listing.rows().size());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "programs/programList";
		}
		List<ProgramRow> programs = listing.matching(query);
		model.addAttribute("programs", programs);
		model.addAttribute("activeFilters", query
			.activeFilters(UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())));
		model.addAttribute("csvUrl", SiteUrls.export("/programs.csv", request));
		model.addAttribute("jsonLd", this.structuredData.programList(programs, SiteUrls.base()));
		return "programs/programList";
	}

	@GetMapping("/programs/{id}")
	String show(@PathVariable String id, Model model) {
		ProgramCatalog.ProgramPage page = this.catalog.page(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", page);
		model.addAttribute("program", page.program());
		model.addAttribute("pageDescription", this.descriptions.program(page));
		model.addAttribute("jsonLd", this.structuredData.program(page, SiteUrls.base()));
		return "programs/programDetails";
	}

}
