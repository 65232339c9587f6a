package org.steppingstone.degrees;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.steppingstone.catalog.StudyField;
import org.steppingstone.discovery.PageDescriptions;
import org.steppingstone.discovery.StructuredData;
import org.steppingstone.system.Csv;
import org.steppingstone.system.SiteUrls;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;
import org.steppingstone.source.SourceRepository;

@Controller
class DegreeController {

	private final DegreeCatalog catalog;

	private final StructuredData structuredData;

	private final PageDescriptions descriptions;

	private final MessageSource messages;

	private final SourceRepository sources;

	DegreeController(DegreeCatalog catalog, StructuredData structuredData, PageDescriptions descriptions,
			MessageSource messages, SourceRepository sources) {
		this.sources = sources;
		this.messages = messages;
		this.catalog = catalog;
		this.structuredData = structuredData;
		this.descriptions = descriptions;
	}

	@GetMapping("/degrees")
	String list(@Valid @ModelAttribute("query") DegreeQuery query, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		DegreeCatalog.Listing listing = this.catalog.listing();
		listing.validator().validate(query, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else {
			model.addAttribute("degrees", listing.matching(query));
		}
		model.addAttribute("fields", StudyField.values());
		model.addAttribute("countries", listing.countries());
		model.addAttribute("total", listing.degrees().size());
		model.addAttribute("pathwaysByDegree", listing.pathwaysByDegree());
		model.addAttribute("csvUrl", SiteUrls.export("/degrees.csv", request));
		return "degrees/degreeList";
	}

	@GetMapping("/degrees.csv")
	ResponseEntity<String> csv(@Valid @ModelAttribute("query") DegreeQuery query, BindingResult result, Locale locale) {
		DegreeCatalog.Listing listing = this.catalog.listing();
		listing.validator().validate(query, result);
		if (result.hasErrors()) {
			return Csv.refusal(result, this.messages, locale);
		}
		return Csv.attachment("degrees.csv", DegreeCsv.COLUMNS,
				DegreeCsv.records(listing.matching(query), listing, this.sources.names(), SiteUrls.base()));
	}

	@GetMapping("/degrees/{id}")
	String show(@PathVariable String id, Model model) {
		DegreeCatalog.DegreePage page = this.catalog.page(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("itemFeed", "/degrees/" + id + "/changes.atom");
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
		return SitePage.listing("/degrees", "degree").withParameters(DegreeQuery.class);
	}

}
