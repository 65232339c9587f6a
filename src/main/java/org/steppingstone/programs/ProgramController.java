package org.steppingstone.programs;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.steppingstone.catalog.CurrencyChoice;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.StudyField;
import org.steppingstone.discovery.PageDescriptions;
import org.steppingstone.discovery.StructuredData;
import org.steppingstone.system.Csv;
import org.steppingstone.system.SiteUrls;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;
import org.steppingstone.programs.ProgramQuery.ActiveFilter;
import org.steppingstone.source.SourceRepository;

/**
 * {@code /programs}, each program's page, and {@code /programs.csv}: the list as open
 * data, with the same filters and sort order as the page.
 */
@Controller
class ProgramController {

	private final ProgramCatalog catalog;

	private final StructuredData structuredData;

	private final PageDescriptions descriptions;

	private final MessageSource messages;

	private final SourceRepository sources;

	ProgramController(ProgramCatalog catalog, StructuredData structuredData, PageDescriptions descriptions,
			MessageSource messages, SourceRepository sources) {
		this.sources = sources;
		this.catalog = catalog;
		this.structuredData = structuredData;
		this.descriptions = descriptions;
		this.messages = messages;
	}

	@GetMapping("/programs")
	String list(@Valid @ModelAttribute("query") ProgramQuery query, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ProgramListing listing = this.catalog.listing();
		listing.validator().validate(query, result);
		model.addAttribute("fields", StudyField.values());
		model.addAttribute("institutions", listing.institutions());
		model.addAttribute("countries", listing.receivingCountries());
		model.addAttribute("currencies", listing.currencies());
		model.addAttribute("total", listing.total(query));
		model.addAttribute("retiredNotCounted", listing.retiredNotCounted(query));
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "programs/programList";
		}
		List<ProgramRow> programs = listing.matching(query);
		model.addAttribute("programs", programs);
		List<ActiveFilter> activeFilters = query.activeFilters(
				UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()),
				(id) -> listing.institutions()
					.stream()
					.filter((i) -> i.getId().equals(id))
					.map(Institution::getName)
					.findFirst()
					.orElse(id));
		model.addAttribute("activeFilters", activeFilters);
		model.addAttribute("csvUrl", SiteUrls.export("/programs.csv", request));
		if (!activeFilters.isEmpty()) {
			model.addAttribute("retiredAlso", listing.retiredAlsoMatching(query));
			model.addAttribute("retiredAlsoUrl",
					UriComponentsBuilder.fromPath(request.getRequestURI())
						.query(request.getQueryString())
						.replaceQueryParam("includeRetired", "true")
						.build()
						.toUriString());
		}
		model.addAttribute("jsonLd",
				this.structuredData.programList(programs.stream().map(ProgramRow::program).toList(), SiteUrls.base()));
		return "programs/programList";
	}

	/**
	 * A program with its cheapest route totalled in the learner's currency
	 * ({@code currency}); one our reference rates cannot total in is refused beside the
	 * field, the route in US dollars.
	 */
	@GetMapping("/programs/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String currency, Model model,
			HttpServletResponse response) {
		ProgramPage found = this.catalog.page(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CurrencyChoice choice = CurrencyChoice.of(currency);
		BindingResult checked = new BeanPropertyBindingResult(choice, "choice");
		choice.check(found.rates(), checked);
		if (checked.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		ProgramPage page = found.in(choice.totalsIn(found.rates()));
		model.addAttribute("choice", choice);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "choice", checked);
		model.addAttribute("currencies", found.rates().currencies());
		model.addAttribute("itemFeed", "/programs/" + id + "/changes.atom");
		model.addAttribute("page", page);
		model.addAttribute("program", page.program());
		model.addAttribute("pageDescription", this.descriptions.program(page.program(), page.pathways().size()));
		model.addAttribute("jsonLd",
				this.structuredData.program(page.program(), page.courses(), page.pathways(), SiteUrls.base()));
		return "programs/programDetails";
	}

	@GetMapping("/programs.csv")
	ResponseEntity<String> csv(@Valid @ModelAttribute("query") ProgramQuery query, BindingResult result,
			Locale locale) {
		ProgramListing listing = this.catalog.detailedListing();
		listing.validator().validate(query, result);
		if (result.hasErrors()) {
			return Csv.refusal(result, this.messages, locale);
		}
		return Csv.attachment("programs.csv", ProgramCsv.COLUMNS,
				ProgramCsv.records(listing.matching(query), this.sources.names(), SiteUrls.base()));
	}

	/**
	 * The program list, each program at {@code /programs/id}; its filters select what it
	 * shows.
	 */
	@Bean
	static SitePage programsPage() {
		return SitePage.listing("/programs", "program").withParameters(ProgramQuery.class);
	}

}
