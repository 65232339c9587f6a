package org.steppingstone.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Degree;
import org.steppingstone.degrees.DegreeCatalog;
import org.steppingstone.source.Provenance;

/**
 * Everything a degree's page shows: the degree and the MicroMasters credentials it
 * counts.
 *
 * @param url the degree's own page
 * @param pathways the pathways from MicroMasters programs to it, by program title
 * @param sourceIds every source used for the degree, in the catalog's order
 * @param citedSources every source the response cites, by id
 * @param disagreements the facts of the degree and its pathways that the sources disagree
 * on
 */
@Schema(description = "A Master's degree with the MicroMasters credentials it counts, every value with its source.")
record DegreeDetails(@Schema(example = "mit-masters-supply-chain-management") String id, String title,
		InstitutionRef institution, FieldOfStudy field,
		@Schema(description = "Null when both or unstated.", allowableValues = {
				"on-campus", "online", "blended" }) String delivery,
		@Schema(description = "Whole-degree or full-year tuition, as its note says; null when no source states it.") Money tuition,
		@Schema(description = "Null when no source states them.") DegreeSummary.Credits credits,
		@Schema(description = "In months; null when no source states it.") NumberRange lengthMonths, String url,
		List<PathwayItem> pathways, List<String> sourceIds, List<CitedSource> citedSources,
		List<Disagreement> disagreements, Links links){

	static DegreeDetails of(DegreeCatalog.DegreePage page) {
		Degree degree = page.degree();
		Provenance provenance = page.provenance();
		return new DegreeDetails(degree.getId(), degree.getTitle(), InstitutionRef.of(degree.getInstitution()),
				FieldOfStudy.of(degree.getField()), degree.getDelivery(), Money.of(degree.getTuition()),
				DegreeSummary.Credits.of(degree.getCredits()), NumberRange.of(degree.getLength()), degree.getUrl(),
				page.pathways().stream().map(PathwayItem::of).toList(), List.copyOf(degree.getSourceIds()),
				CitedSource.of(provenance), Disagreement.of(provenance), Links.of("degrees", degree.getId()));
	}

}
