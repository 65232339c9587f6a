package org.steppingstone.programs;

import java.util.Arrays;
import java.util.List;

import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.source.SourceNames;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;
import org.steppingstone.system.Csv;

/**
 * {@code /programs.csv}: one record per program with every figure the list shows, each
 * beside its source (id, title and address) and the date it is known to hold, and the
 * address of its page.
 */
final class ProgramCsv {

	static final String[] COLUMNS = { "id", "title", "url", "institution", "institution_id", "field", "course_count",
			"price_amount", "price_currency", "price_note", "price_computed", "price_source", "price_source_title",
			"price_source_url", "price_as_of", "length_months_min", "length_months_max", "length_source",
			"length_source_title", "length_source_url", "length_as_of", "pathway_count", "best_credit_share_percent",
			"best_credit_share_pathway", "best_credit_share_sources", "best_credit_share_source_titles",
			"best_credit_share_source_urls", "best_credit_share_as_of", "status", "retired_on", "retired_note",
			"retired_source", "retired_source_title", "retired_source_url" };

	private ProgramCsv() {
	}

	/**
	 * @param rows the programs, filtered and sorted as the list shows them, with their
	 * pathways' sources
	 * @param sources every source, for the titles and addresses beside each source id
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	static List<List<Object>> records(List<ProgramRow> rows, SourceNames sources, String baseUrl) {
		return rows.stream().map((row) -> {
			Program program = row.program();
			SourcedAmount price = program.getPrice();
			SourcedRange length = program.getLength();
			Pathway best = row.bestSharePathway();
			String priceSource = (price != null) ? price.sourceId() : null;
			String lengthSource = (length != null) ? length.sourceId() : null;
			List<String> bestSources = (best != null) ? best.getSourceIds() : List.of();
			String retiredSource = program.getRetiredOnSourceId();
			return Arrays.<Object>asList(program.getId(), program.getTitle(), baseUrl + "/programs/" + program.getId(),
					program.getInstitution().getName(), program.getInstitution().getId(), program.getField().getLabel(),
					program.getCourseCount(), (price != null) ? price.value() : null,
					(price != null) ? price.currencyCode() : null, (price != null) ? price.note() : null,
					(price != null) ? price.computed() : null, priceSource, sources.title(priceSource),
					sources.url(priceSource), (price != null) ? price.asOf() : null,
					(length != null) ? length.min() : null, (length != null) ? length.max() : null, lengthSource,
					sources.title(lengthSource), sources.url(lengthSource), (length != null) ? length.asOf() : null,
					row.pathwayCount(), row.bestShare(), (best != null) ? best.getId() : null,
					(best != null) ? String.join(Csv.SOURCE_SEPARATOR, bestSources) : null, sources.titles(bestSources),
					sources.urls(bestSources), (best != null) ? best.getAsOf() : null, program.getStatus(),
					program.getRetiredOn(), program.getRetiredOnNote(), retiredSource, sources.title(retiredSource),
					sources.url(retiredSource));
		}).toList();
	}

}
