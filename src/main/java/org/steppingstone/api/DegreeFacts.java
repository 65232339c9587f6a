package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Degree;

/**
 * What both the degree list and a degree's page say of a degree, first in each.
 *
 * @param url the degree's own page
 */
record DegreeFacts(@Schema(example = "mit-masters-supply-chain-management") String id, String title,
		InstitutionRef institution, FieldOfStudy field,
		@Schema(description = "Null when both or unstated.", allowableValues = {
				"on-campus", "online", "blended" }) String delivery,
		@Schema(description = "Whole-degree or full-year tuition, as its note says; null when no source states it.") Money tuition,
		@Schema(description = "Null when no source states them.") DegreeSummary.Credits credits,
		@Schema(description = "In months; null when no source states it.") NumberRange lengthMonths, String url){

	static DegreeFacts of(Degree degree) {
		return new DegreeFacts(degree.getId(), degree.getTitle(), InstitutionRef.of(degree.getInstitution()),
				FieldOfStudy.of(degree.getField()), degree.getDelivery(), Money.of(degree.getTuition()),
				DegreeSummary.Credits.of(degree.getCredits()), NumberRange.of(degree.getLength()), degree.getUrl());
	}

}
