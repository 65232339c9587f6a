package org.steppingstone.pathways;

import org.springframework.validation.Errors;
import org.steppingstone.system.FormValidator;

/**
 * Rejects a well-formed institution or country that no pathway leads to. A value its own
 * rule already refused is not checked again.
 *
 * @param listing the pathways the query filters
 */
record PathwayQueryValidator(PathwayListing listing) implements FormValidator<PathwayQuery> {

	@Override
	public void check(PathwayQuery query, Errors errors) {
		if (query.institution() != null && !errors.hasFieldErrors("institution")
				&& this.listing.institutions().stream().noneMatch((i) -> i.getId().equals(query.institution()))) {
			errors.rejectValue("institution", "filter.unknownReceiving");
		}
		if (query.country() != null && !errors.hasFieldErrors("country")
				&& !this.listing.countries().contains(query.country())) {
			errors.rejectValue("country", "filter.unknownReceiving");
		}
	}

}
