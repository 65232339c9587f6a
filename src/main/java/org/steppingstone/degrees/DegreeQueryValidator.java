package org.steppingstone.degrees;

import org.springframework.validation.Errors;
import org.steppingstone.system.FormValidator;

/**
 * Rejects a well-formed country that no degree is in. A value its own rule already
 * refused is not checked again.
 *
 * @param listing the degrees the query filters
 */
record DegreeQueryValidator(DegreeCatalog.Listing listing) implements FormValidator<DegreeQuery> {

	@Override
	public void check(DegreeQuery query, Errors errors) {
		if (query.country() != null && !errors.hasFieldErrors("country")
				&& !this.listing.countries().contains(query.country())) {
			errors.rejectValue("country", "filter.unknownDegree");
		}
	}

}
