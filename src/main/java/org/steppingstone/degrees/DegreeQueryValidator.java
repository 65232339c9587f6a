package org.steppingstone.degrees;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Rejects a well-formed country that no degree is in. A value its own rule already
 * refused is not checked again.
 *
 * @param listing the degrees the query filters
 */
record DegreeQueryValidator(DegreeCatalog.Listing listing) implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return DegreeQuery.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DegreeQuery query = (DegreeQuery) target;
		if (query.country() != null && !errors.hasFieldErrors("country")
				&& !this.listing.countries().contains(query.country())) {
			errors.rejectValue("country", "filter.unknownDegree");
		}
	}

}
