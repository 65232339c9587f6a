package org.steppingstone.pathways;

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
import org.steppingstone.system.Csv;
import org.steppingstone.system.SiteUrls;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;
import org.steppingstone.source.SourceRepository;

/**
 * {@code /pathways}, each pathway's page with its route estimate, and
 * {@code /pathways.csv}: the list as open data, with the same filters as the page.
 */
@Controller
class PathwayController {

	private final PathwayCatalog catalog;

	private final MessageSource messages;

	private final SourceRepository sources;

	private final Calculator calculator;

	PathwayController(PathwayCatalog catalog, MessageSource messages, SourceRepository sources, Calculator calculator) {
		this.calculator = calculator;
		this.sources = sources;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/pathways")
	String list(@Valid @ModelAttribute("query") PathwayQuery query, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PathwayListing listing = this.catalog.listing();
		listing.validator().validate(query, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else {
			model.addAttribute("pathways", listing.matching(query));
		}
		model.addAttribute("institutions", listing.institutions());
		model.addAttribute("countries", listing.countries());
		model.addAttribute("total", listing.total(query));
		model.addAttribute("historicalNotCounted", listing.historicalNotCounted(query));
		model.addAttribute("csvUrl", SiteUrls.export("/pathways.csv", request));
		return "pathways/pathwayList";
	}

	/**
	 * A pathway with its route in the learner's currency ({@code currency}); a currency
	 * without a reference rate is refused beside the form's field, the route in US
	 * dollars.
	 */
	@GetMapping("/pathways/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String currency, Model model,
			HttpServletResponse response) {
		String asked = (currency == null || currency.isBlank()) ? null : currency.strip();
		CalculatorForm form = CalculatorForm.of(id).withCurrency(asked);
		BindingResult checked = new BeanPropertyBindingResult(form, "form");
		this.calculator.validator().validate(form, checked);
		if (checked.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		PathwayCatalog.PathwayPage page = this.catalog.page(id, checked.hasErrors() ? CalculatorForm.of(id) : form)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("itemFeed", "/pathways/" + id + "/changes.atom");
		// The form shows the figures in use, and the currency as the learner asked it.
		form = form.filled(page.route().estimate().inputs(), page.route().money());
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		result.addAllErrors(checked);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		model.addAttribute("currencies", this.calculator.currencies());
		model.addAttribute("pathway", page.pathway());
		model.addAttribute("route", page.route());
		model.addAttribute("form", form);
		model.addAttribute("provenance", page.provenance());
		return "pathways/pathwayDetails";
	}

	@GetMapping("/pathways.csv")
	ResponseEntity<String> csv(@Valid @ModelAttribute("query") PathwayQuery query, BindingResult result,
			Locale locale) {
		PathwayListing listing = this.catalog.detailedListing();
		listing.validator().validate(query, result);
		if (result.hasErrors()) {
			return Csv.refusal(result, this.messages, locale);
		}
		return Csv.attachment("pathways.csv", PathwayCsv.COLUMNS,
				PathwayCsv.records(listing.matching(query), this.sources.names(), SiteUrls.base()));
	}

	/**
	 * The pathway list, each pathway at {@code /pathways/id}; its filters select what it
	 * shows.
	 */
	@Bean
	static SitePage pathwaysPage() {
		return SitePage.listing("/pathways", "pathway").withParameters(PathwayQuery.class);
	}

}
