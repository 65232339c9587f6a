package org.steppingstone.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.programs.ProgramRow;

/**
 * A MicroMasters program as the catalog lists it.
 *
 * @param institution the university that offers it
 * @param pathwayCount the number of pathways to a degree or university
 * @param hasCreditPathway whether any pathway grants credit
 */
@Schema(description = "A MicroMasters program as the catalog lists it.")
record ProgramSummary(@Schema(example = "mitx-supply-chain-management") String id, String title,
		InstitutionRef institution, FieldOfStudy field,
		@Schema(description = "As the sources last describe it; not a live check.", allowableValues = {
				"active", "renamed", "retired", "unknown" }) String status,
		@Schema(description = "When and why the program ended; null unless it is retired.") Retirement retired,
		@Schema(description = "Null when not stated.") Integer courseCount,
		@Schema(description = "The total to earn the credential; null when no source states one.") Money price,
		@Schema(description = "The time to earn the credential, in months; null when no source states it.") NumberRange lengthMonths,
		int pathwayCount,
		@Schema(description = "The largest share of a degree the credential counts for; null when none is known.") BestShare bestCreditShare,
		boolean hasCreditPathway,
		@Schema(description = "ISO 3166-1 alpha-2 codes of the receiving universities' countries.") List<String> receivingCountries,
		Links links){

	/**
	 * @param row the program as the catalog lists it
	 * @param pathways its pathways, with their sources
	 */
	static ProgramSummary of(ProgramRow row) {
		Program program = row.program();
		return new ProgramSummary(program.getId(), program.getTitle(), InstitutionRef.of(program.getInstitution()),
				FieldOfStudy.of(program.getField()), program.getStatus(), Retirement.of(program),
				program.getCourseCount(), Money.of(program.getPrice()), NumberRange.of(program.getLength()),
				row.pathwayCount(), BestShare.of(row), row.hasCreditPathway(),
				row.receivingCountries().stream().sorted().toList(), Links.of("programs", program.getId()));
	}

	/**
	 * The largest share of a degree a credential counts for, with the pathway that grants
	 * it.
	 *
	 * @param pathway the pathway's id (the first by id when several grant the same share)
	 * @param sourceIds the pathway's sources
	 */
	@Schema(description = "The largest share of a degree the credential counts for, and the pathway that grants it.")
	record BestShare(@Schema(example = "50") BigDecimal percent, String pathway, List<String> sourceIds,
			@Schema(description = Money.AS_OF, example = "2019") String asOf) {

		static BestShare of(ProgramRow row) {
			Pathway best = row.bestSharePathway();
			return (best != null)
					? new BestShare(row.bestShare(), best.getId(), List.copyOf(best.getSourceIds()), best.getAsOf())
					: null;
		}

	}

}
