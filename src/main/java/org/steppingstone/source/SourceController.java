package org.steppingstone.source;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	SourceController(SourceRepository sources, DataSource dataSource) {
		this.sources = sources;
		this.jdbc = JdbcClient.create(dataSource);
	}

	@GetMapping("/sources")
	String list(Model model) {
		Map<String, List<Citation>> citations = this.sources.findAllCitations()
			.stream()
			.collect(Collectors.groupingBy(Citation::getSourceId));
		model.addAttribute("sources", this.sources.findAllByOrderByPublisherAscTitleAsc());
		model.addAttribute("citations", citations);
		model.addAttribute("csvUrl", "/sources.csv");
		model.addAttribute("rateSource",
				this.jdbc.sql("""
						select s.title, s.publisher, s.url, s.via, s.republished_by, s.republished_url, s.retrieved,
						       (select max(period) from exchange_rates), (select count(*) from exchange_rates)
						from exchange_rate_sources s where s.id = 1""")
					.query((rs, n) -> new RateSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate().toString(), rs.getString(8),
							rs.getInt(9)))
					.optional()
					.orElse(null));
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

	/**
	 * Where our reference exchange rates come from, listed apart from the catalog's
	 * sources: they back conversions, not a figure of the catalog.
	 */
	record RateSource(String title, String publisher, String url, String via, String republishedBy,
			String republishedUrl, String retrieved, String period, int currencies) {
	}

	/** The source list, dated by the newest source. */
	@Bean
	static SitePage sourcesPage() {
		return SitePage.of("/sources").datedBy("source");
	}

}
