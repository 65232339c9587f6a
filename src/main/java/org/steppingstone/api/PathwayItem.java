package org.steppingstone.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;

/**
 * How a MicroMasters credential counts toward a degree, or toward a university when no
 * degree is named. Every value comes from the pathway's sources and holds as of its date.
 *
 * @param program the MicroMasters program
 * @param degree the receiving degree, or null when only the university is known
 */
@Schema(description = "How a MicroMasters credential counts toward a degree. Its values come from its sources "
		+ "(sourceIds) and hold as of its date (asOf).")
record PathwayItem(@Schema(example = "mitx-supply-chain-management-to-mit-masters-supply-chain-management") String id,
		ProgramRef program, @Schema(description = "Null when only the receiving university is known.") DegreeRef degree,
		@JsonUnwrapped Terms terms, Links links) {

	/**
	 * A pathway whose program, receiving institution, degree, conditions and sources are
	 * loaded.
	 */
	static PathwayItem of(Pathway pathway) {
		return new PathwayItem(pathway.getId(), ProgramRef.of(pathway.getProgram()), DegreeRef.of(pathway.getDegree()),
				Terms.of(pathway), Links.of("pathways", pathway.getId()));
	}

	/**
	 * What both a pathway's list item and its page say of its terms, after its program
	 * and degree.
	 *
	 * @param credit the credit granted
	 * @param conditions the conditions, in the sources' order
	 * @param sourceIds the sources of its values
	 */
	record Terms(InstitutionRef receivingInstitution, @Schema(allowableValues = {
			"credit", "admission", "non-degree" }) String kind, Credit credit,
			@Schema(description = "Null when not stated.") Boolean admissionRequired,
			@Schema(description = "Null when not stated.") Boolean onCampusRequired, List<String> conditions,
			@Schema(allowableValues = { "published", "unverified", "historical" }) String status,
			@Schema(description = "What our sources confirm: confirmed (an official source describes the pathway), "
					+ "officialSilent (official pages are among its sources, but none confirms the pathway), "
					+ "unofficial (no official source), historical (its MicroMasters has retired).",
					allowableValues = { "confirmed", "officialSilent", "unofficial", "historical" }) String evidence,
			@Schema(description = Money.AS_OF, example = "2019") String asOf, List<String> sourceIds){

		static Terms of(Pathway pathway) {
			return new Terms(InstitutionRef.of(pathway.getInstitution()), pathway.getKind(), Credit.of(pathway),
					pathway.getAdmissionRequired(), pathway.getOnCampusRequired(), List.copyOf(pathway.getConditions()),
					pathway.getStatus(), pathway.getEvidence(), pathway.getAsOf(), List.copyOf(pathway.getSourceIds()));
		}

	}

	/**
	 * The credit a pathway grants.
	 */
	@Schema(name = "PathwayCredit", description = "The credit a pathway grants.")
	record Credit(@Schema(description = "The number of credits, null when not stated.") BigDecimal value,
			@Schema(allowableValues = {
					"US-semester-credits", "MIT-units", "ECTS", "course-credits", "courses" }) String unit,
			@Schema(description = "The share of the receiving degree the credential counts for, 0–100; null when "
					+ "unknown.", example = "50") BigDecimal sharePercent,
			@Schema(description = "Whether a source states the share or it is computed as value / the degree's total.",
					allowableValues = { "stated", "computed" }) String shareBasis,
			@Schema(description = "The credit in the sources' words.") String text){

		static Credit of(Pathway pathway) {
			return new Credit(pathway.getCreditValue(), pathway.getCreditUnit(), pathway.getCreditSharePercent(),
					pathway.getCreditShareBasis(), pathway.getCreditText());
		}

	}

	/** A MicroMasters program, as a pathway names it. */
	@Schema(description = "A MicroMasters program, as other items name it.")
	record ProgramRef(@Schema(example = "mitx-supply-chain-management") String id, String title,
			InstitutionRef institution, Links links) {

		static ProgramRef of(Program program) {
			return new ProgramRef(program.getId(), program.getTitle(), InstitutionRef.of(program.getInstitution()),
					Links.of("programs", program.getId()));
		}

	}

	/**
	 * A Master's degree, as a pathway names it; its university is the pathway's receiving
	 * institution.
	 */
	@Schema(description = "A Master's degree, as a pathway names it (its university is the receiving institution).")
	record DegreeRef(@Schema(example = "mit-masters-supply-chain-management") String id, String title, Links links) {

		static DegreeRef of(Degree degree) {
			return (degree != null)
					? new DegreeRef(degree.getId(), degree.getTitle(), Links.of("degrees", degree.getId())) : null;
		}

	}

}
