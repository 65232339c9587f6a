package org.steppingstone.routes;

import java.util.Currency;
import java.util.function.Predicate;

import org.springframework.validation.Errors;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.system.FormValidator;

/**
 * The checks of a route question that need the catalog: a country, program or degree it
 * does not have, a currency without a reference rate, a rate without the currency it
 * converts from. A value its own rule already refused is not checked again.
 *
 * @param options what the form offers
 * @param reference the reference rates
 */
public record RouteQueryValidator(RouteOptions options, ReferenceRates reference) implements FormValidator<RouteQuery> {

	@Override
	public void check(RouteQuery query, Errors errors) {
		reject(errors, "country", query.country(), (c) -> this.options.countries().contains(c));
		reject(errors, "currency", query.currency(), RouteQueryValidator::isCurrency);
		if (query.currency() != null && !errors.hasFieldErrors("currency")
				&& !this.reference.has(Currency.getInstance(query.currency()))) {
			errors.rejectValue("currency", "routes.noRate");
		}
		reject(errors, "rateFrom", query.rateFrom(), RouteQueryValidator::isCurrency);
		reject(errors, "program", query.program(), (id) -> this.options.programIds().contains(id));
		reject(errors, "degree", query.degree(), (id) -> this.options.degreeIds().contains(id));
		if (query.rateFrom() != null && !errors.hasFieldErrors("rateFrom")
				&& query.rateFrom().equals(query.currencyOrDefault().getCurrencyCode())) {
			errors.rejectValue("rateFrom", "routes.sameCurrency");
		}
		if (query.rate() != null && query.rateFrom() == null && !errors.hasFieldErrors("rate")) {
			errors.rejectValue("rateFrom", "routes.rateWithoutCurrency");
		}
	}

	private static void reject(Errors errors, String field, String value, Predicate<String> known) {
		if (value != null && !errors.hasFieldErrors(field) && !known.test(value)) {
			errors.rejectValue(field, "routes.unknown");
		}
	}

	private static boolean isCurrency(String code) {
		return Currency.getAvailableCurrencies().stream().anyMatch((c) -> c.getCurrencyCode().equals(code));
	}

}
