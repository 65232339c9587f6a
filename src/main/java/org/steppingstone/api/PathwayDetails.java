package org.steppingstone.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.pathways.PathwayCatalog;
import org.steppingstone.source.Provenance;

/**
 * Everything a pathway's page shows: the pathway, with the figures of its program and
 * degree that its route estimate starts from.
 *
 * @param program the MicroMasters program, with its price and length
 * @param degree the receiving degree with its tuition, credits and length, or null when
 * only the university is known
 * @param citedSources every source the response cites, by id
 * @param disagreements the facts of the pathway that the sources disagree on
 */
@Schema(description = "A pathway with the figures of its program and degree, every value with its source.")
record PathwayDetails(
		@Schema(example = "mitx-supply-chain-management-to-mit-masters-supply-chain-management") String id,
		ProgramFigures program,
		@Schema(description = "Null when only the receiving university is known.") DegreeFigures degree,
		@JsonUnwrapped PathwayItem.Terms terms, List<CitedSource> citedSources, List<Disagreement> disagreements,
		Links links) {

	/**
	 * A pathway with its program, the program's institution, the receiving institution,
	 * degree and conditions.
	 */
	static PathwayDetails of(PathwayCatalog.PathwayPage page) {
		Pathway pathway = page.pathway();
		Provenance provenance = page.provenance();
		Program program = pathway.getProgram();
		Degree degree = pathway.getDegree();
		return new PathwayDetails(pathway.getId(),
				new ProgramFigures(program.getId(), program.getTitle(), InstitutionRef.of(program.getInstitution()),
						Money.of(program.getPrice()), NumberRange.of(program.getLength()),
						Links.of("programs", program.getId())),
				(degree != null) ? new DegreeFigures(degree.getId(), degree.getTitle(), Money.of(degree.getTuition()),
						DegreeSummary.Credits.of(degree.getCredits()), NumberRange.of(degree.getLength()),
						Links.of("degrees", degree.getId())) : null,
				PathwayItem.Terms.of(pathway), CitedSource.of(provenance), Disagreement.of(provenance),
				Links.of("pathways", pathway.getId()));
	}

	/**
	 * The program of a pathway, with the figures a route estimate starts from.
	 *
	 * @param institution the university that offers it
	 * @param price the total to earn the credential
	 * @param lengthMonths the time to earn it
	 */
	@Schema(description = "The program of a pathway, with its price and length.")
	record ProgramFigures(String id, String title, InstitutionRef institution, Money price, NumberRange lengthMonths,
			Links links) {
	}

	/**
	 * The degree of a pathway, with the figures a route estimate starts from; its
	 * university is the pathway's receiving institution.
	 *
	 * @param tuition whole-degree or full-year tuition, as its note says
	 * @param credits the credits it requires
	 * @param lengthMonths its length
	 */
	@Schema(description = "The degree of a pathway, with its tuition, credits and length.")
	record DegreeFigures(String id, String title, Money tuition, DegreeSummary.Credits credits,
			NumberRange lengthMonths, Links links) {
	}

}
