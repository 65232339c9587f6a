package org.steppingstone.programs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.pathways.PathwayListing;
import org.steppingstone.pathways.PathwayQuery;
import org.steppingstone.system.SiteUrls;

/**
 * {@code /programs.csv} and {@code /pathways.csv}: the lists of {@code /programs} and
 * {@code /pathways} as open data, with the same filters (and sort order) as the pages. A
 * filter the page would refuse is answered 400 with the reason as plain text.
 */
@Controller
class CatalogExportController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ProgramCatalog catalog;

	private final PathwayRepository pathways;

	private final MessageSource messages;

	CatalogExportController(ProgramCatalog catalog, PathwayRepository pathways, MessageSource messages) {
		this.catalog = catalog;
		this.pathways = pathways;
		this.messages = messages;
	}

	@GetMapping("/programs.csv")
	ResponseEntity<String> programs(@Valid @ModelAttribute("query") ProgramQuery query, BindingResult result,
			Locale locale) {
		ProgramCatalog.Listing listing = this.catalog.listing();
		listing.check(query, result);
		if (result.hasErrors()) {
			return refuse(result, locale);
		}
		return csv("programs.csv",
				CatalogCsv.programs(listing.matching(query), this.pathways.findAllWithSources(), SiteUrls.base()));
	}

	@GetMapping("/pathways.csv")
	ResponseEntity<String> pathways(@Valid @ModelAttribute("query") PathwayQuery query, BindingResult result,
			Locale locale) {
		PathwayListing listing = new PathwayListing(this.pathways.findAllWithSources());
		listing.check(query, result);
		if (result.hasErrors()) {
			return refuse(result, locale);
		}
		return csv("pathways.csv", CatalogCsv.pathways(listing.matching(query), SiteUrls.base()));
	}

	private static ResponseEntity<String> csv(String filename, String body) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/** Each refused filter by name with what it allows; never the value sent. */
	private ResponseEntity<String> refuse(BindingResult result, Locale locale) {
		String reasons = result.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + this.messages.getMessage(error, locale))
			.collect(Collectors.joining("\n"));
		String body = this.messages.getMessage("export.error", null, locale) + "\n" + reasons + "\n";
		return ResponseEntity.badRequest()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(body);
	}

}
