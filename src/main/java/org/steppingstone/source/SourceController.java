package org.steppingstone.source;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.Csv;
import org.steppingstone.system.SitePage;
import org.steppingstone.system.SiteUrls;

/**
 * {@code /sources}, every public page our figures come from with the facts each backs,
 * and the same list as {@code /sources.csv}.
 */
@Controller
class SourceController {

	static final String[] CSV_COLUMNS = { "id", "title", "publisher", "kind", "published_on", "url", "page_url",
			"facts_cited" };

	private final SourceRepository sources;

	private final RateTable rates;

	SourceController(SourceRepository sources, RateTable rates) {
		this.sources = sources;
		this.rates = rates;
	}

	@GetMapping("/sources")
	String list(Model model) {
		Map<String, List<Citation>> citations = this.sources.findAllCitations()
			.stream()
			.collect(Collectors.groupingBy(Citation::getSourceId));
		model.addAttribute("sources", this.sources.findAllByOrderByPublisherAscTitleAsc());
		model.addAttribute("citations", citations);
		model.addAttribute("csvUrl", "/sources.csv");
		model.addAttribute("rateSource", this.rates.source().orElse(null));
		return "sources/sourceList";
	}

	/**
	 * {@code /sources.csv}: every source with its publisher, kind, date and address, and
	 * how many facts on the site it is cited for, in the order of {@code /sources}.
	 */
	@GetMapping("/sources.csv")
	ResponseEntity<String> csv() {
		Map<String, Long> cited = this.sources.findAllCitations()
			.stream()
			.collect(Collectors.groupingBy(Citation::getSourceId, Collectors.counting()));
		List<List<Object>> records = this.sources.findAllByOrderByPublisherAscTitleAsc()
			.stream()
			.map((s) -> Arrays.<Object>asList(s.getId(), s.getTitle(), s.getPublisher(), s.getKind(),
					s.getPublishedOn(), s.getUrl(), SiteUrls.base() + "/sources#source-" + s.getId(),
					cited.getOrDefault(s.getId(), 0L)))
			.toList();
		return Csv.attachment("sources.csv", CSV_COLUMNS, records);
	}

	/** The source list, dated by the newest source. */
	@Bean
	static SitePage sourcesPage() {
		return SitePage.of("/sources").datedBy("source");
	}

}
