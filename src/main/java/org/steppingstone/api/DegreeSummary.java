package org.steppingstone.api;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Degree;

/**
 * A Master's degree that counts at least one MicroMasters credential, as the catalog
 * lists it.
 *
 * @param url the degree's own page
 * @param pathwayCount the number of MicroMasters pathways to it
 */
@Schema(description = "A Master's degree that counts at least one MicroMasters credential.")
record DegreeSummary(@Schema(example = "mit-masters-supply-chain-management") String id, String title,
		InstitutionRef institution, FieldOfStudy field,
		@Schema(description = "Null when both or unstated.", allowableValues = {
				"on-campus", "online", "blended" }) String delivery,
		@Schema(description = "Whole-degree or full-year tuition, as its note says; null when no source states it.") Money tuition,
		@Schema(description = "Null when no source states them.") Credits credits,
		@Schema(description = "In months; null when no source states it.") NumberRange lengthMonths, String url,
		int pathwayCount, Links links){

	static DegreeSummary of(Degree degree, int pathwayCount) {
		return new DegreeSummary(degree.getId(), degree.getTitle(), InstitutionRef.of(degree.getInstitution()),
				FieldOfStudy.of(degree.getField()), degree.getDelivery(), Money.of(degree.getTuition()),
				Credits.of(degree.getCredits()), NumberRange.of(degree.getLength()), degree.getUrl(), pathwayCount,
				Links.of("degrees", degree.getId()));
	}

	/**
	 * A degree's total credits.
	 *
	 * @param value the number of credits
	 * @param computed whether the total is computed (the note says how)
	 * @param note what the total covers
	 */
	@Schema(description = "A degree's total credits, with their source.")
	record Credits(@Schema(example = "90") BigDecimal value, @Schema(allowableValues = {
			"US-semester-credits", "MIT-units", "ECTS", "course-credits", "courses" }) String unit, boolean computed,
			String note, String source){

		static Credits of(Degree.Credits credits) {
			return (credits != null) ? new Credits(credits.value(), credits.unit(), credits.computed(), credits.note(),
					credits.sourceId()) : null;
		}

	}

}
