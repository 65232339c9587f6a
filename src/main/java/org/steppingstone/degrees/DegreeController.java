package org.steppingstone.degrees;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.steppingstone.discovery.PageDescriptions;
import org.steppingstone.discovery.StructuredData;
import org.steppingstone.system.SiteUrls;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;

@Controller
class DegreeController {

	private final DegreeCatalog catalog;

	private final StructuredData structuredData;

	private final PageDescriptions descriptions;

	DegreeController(DegreeCatalog catalog, StructuredData structuredData, PageDescriptions descriptions) {
		this.catalog = catalog;
		this.structuredData = structuredData;
		this.descriptions = descriptions;
	}

	@GetMapping("/degrees")
	String list(Model model) {
		DegreeCatalog.Listing listing = this.catalog.listing();
		model.addAttribute("degrees", listing.degrees());
		model.addAttribute("pathwaysByDegree", listing.pathwaysByDegree());
		return "degrees/degreeList";
	}

	@GetMapping("/degrees/{id}")
	String show(@PathVariable String id, Model model) {
		DegreeCatalog.DegreePage page = this.catalog.page(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("degree", page.degree());
		model.addAttribute("pathways", page.pathways());
		model.addAttribute("sourceIds", page.sourceIds());
		model.addAttribute("provenance", page.provenance());
		String description = this.descriptions.degree(page.degree(), page.pathways().size());
		model.addAttribute("pageDescription", description);
		model.addAttribute("jsonLd", this.structuredData.degree(page.degree(), description, SiteUrls.base()));
		return "degrees/degreeDetails";
	}

	/** The degree list, each degree at {@code /degrees/id}. */
	@Bean
	static SitePage degreesPage() {
		return SitePage.listing("/degrees", "degree");
	}

}
