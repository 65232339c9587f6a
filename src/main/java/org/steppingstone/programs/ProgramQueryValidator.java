package org.steppingstone.programs;

import java.util.Currency;

import org.springframework.validation.Errors;
import org.steppingstone.system.FormValidator;

/**
 * Rejects a well-formed institution, country or currency that no program has, so that a
 * mistyped filter is answered with a message instead of an empty list. A value its own
 * rule already refused is not checked again.
 *
 * @param listing the programs the query filters
 */
record ProgramQueryValidator(ProgramListing listing) implements FormValidator<ProgramQuery> {

	@Override
	public void check(ProgramQuery query, Errors errors) {
		if (query.institution() != null && !errors.hasFieldErrors("institution")
				&& this.listing.institutions()
					.stream()
					.noneMatch((institution) -> institution.getId().equals(query.institution()))) {
			errors.rejectValue("institution", "filter.unknown");
		}
		if (query.country() != null && !errors.hasFieldErrors("country")
				&& !this.listing.receivingCountries().contains(query.country())) {
			errors.rejectValue("country", "filter.unknown");
		}
		if (query.currency() != null && !errors.hasFieldErrors("currency")
				&& Currency.getAvailableCurrencies()
					.stream()
					.noneMatch((c) -> c.getCurrencyCode().equals(query.currency()))) {
			errors.rejectValue("currency", "filter.unknown");
		}
	}

}
