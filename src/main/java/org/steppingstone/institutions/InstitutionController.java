package org.steppingstone.institutions;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;

@Controller
class InstitutionController {

	private final InstitutionCatalog catalog;

	InstitutionController(InstitutionCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/institutions")
	String list(Model model) {
		InstitutionCatalog.Listing listing = this.catalog.listing();
		model.addAttribute("institutions", listing.institutions());
		model.addAttribute("listing", listing);
		return "institutions/institutionList";
	}

	@GetMapping("/institutions/{id}")
	String show(@PathVariable String id, Model model) {
		InstitutionCatalog.InstitutionPage page = this.catalog.page(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("institution", page.institution());
		model.addAttribute("programs", page.programs());
		model.addAttribute("accepted", page.accepted());
		return "institutions/institutionDetails";
	}

	/** The university list, each university at {@code /institutions/id}. */
	@Bean
	static SitePage institutionsPage() {
		return SitePage.listing("/institutions", "institution");
	}

}
