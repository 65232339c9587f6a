package org.steppingstone.pathways;

import java.util.Arrays;
import java.util.List;

import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.source.SourceNames;
import org.steppingstone.system.Csv;

/**
 * {@code /pathways.csv}: one record per pathway with what it grants, its sources (ids,
 * titles and addresses) and the date it is known to hold, and the address of its page.
 */
final class PathwayCsv {

	static final String[] COLUMNS = { "id", "url", "program_id", "program_title", "program_institution", "degree_id",
			"degree_title", "receiving_institution", "receiving_institution_id", "receiving_country", "kind",
			"credit_value", "credit_unit", "credit_share_percent", "credit_share_basis", "status", "sources",
			"source_titles", "source_urls", "as_of" };

	private PathwayCsv() {
	}

	/**
	 * @param pathways the pathways, filtered as the list shows them, with their sources
	 * @param sources every source, for the titles and addresses beside the source ids
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	static List<List<Object>> records(List<Pathway> pathways, SourceNames sources, String baseUrl) {
		return pathways.stream().map((w) -> {
			Degree degree = w.getDegree();
			return Arrays.<Object>asList(w.getId(), baseUrl + "/pathways/" + w.getId(), w.getProgram().getId(),
					w.getProgram().getTitle(), w.getProgram().getInstitution().getName(),
					(degree != null) ? degree.getId() : null, (degree != null) ? degree.getTitle() : null,
					w.getInstitution().getName(), w.getInstitution().getId(), w.getInstitution().getCountry(),
					w.getKind(), w.getCreditValue(), w.getCreditUnit(), w.getCreditSharePercent(),
					w.getCreditShareBasis(), w.getStatus(), String.join(Csv.SOURCE_SEPARATOR, w.getSourceIds()),
					sources.titles(w.getSourceIds()), sources.urls(w.getSourceIds()), w.getAsOf());
		}).toList();
	}

}
