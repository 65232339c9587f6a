package org.steppingstone.pathways;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Rejects a well-formed institution or country that no pathway leads to. A value its own
 * rule already refused is not checked again.
 *
 * @param listing the pathways the query filters
 */
record PathwayQueryValidator(PathwayListing listing) implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return PathwayQuery.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PathwayQuery query = (PathwayQuery) target;
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
