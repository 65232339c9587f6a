package org.steppingstone.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Degree;
import org.steppingstone.degrees.DegreeCatalog;
import org.steppingstone.source.Provenance;

/**
 * Everything a degree's page shows: the degree and the MicroMasters credentials it
 * counts.
 *
 * @param pathways the pathways from MicroMasters programs to it, by program title
 * @param sourceIds every source used for the degree, in the catalog's order
 * @param citedSources every source the response cites, by id
 * @param disagreements the facts of the degree and its pathways that the sources disagree
 * on
 */
@Schema(description = "A Master's degree with the MicroMasters credentials it counts, every value with its source.")
record DegreeDetails(@JsonUnwrapped DegreeFacts degree, List<PathwayItem> pathways, List<String> sourceIds,
		List<CitedSource> citedSources, List<Disagreement> disagreements, Links links) {

	static DegreeDetails of(DegreeCatalog.DegreePage page) {
		Degree degree = page.degree();
		Provenance provenance = page.provenance();
		return new DegreeDetails(DegreeFacts.of(degree), page.pathways().stream().map(PathwayItem::of).toList(),
				List.copyOf(degree.getSourceIds()), CitedSource.of(provenance), Disagreement.of(provenance),
				Links.of("degrees", degree.getId()));
	}

}
