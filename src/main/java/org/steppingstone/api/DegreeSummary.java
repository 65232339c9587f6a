package org.steppingstone.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Degree;

/**
 * A Master's degree that counts at least one MicroMasters credential, as the catalog
 * lists it.
 *
 * @param pathwayCount the number of MicroMasters pathways to it
 */
@Schema(description = "A Master's degree that counts at least one MicroMasters credential.")
record DegreeSummary(@JsonUnwrapped DegreeFacts degree, int pathwayCount, Links links) {

	static DegreeSummary of(Degree degree, int pathwayCount) {
		return new DegreeSummary(DegreeFacts.of(degree), pathwayCount, Links.of("degrees", degree.getId()));
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
