package org.steppingstone.source;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A sourced sum of money as the source publishes it, in its own currency: a program's
 * price or a degree's tuition. Never converted.
 *
 * @param value the amount, or null when no single figure exists (the note says why)
 * @param currency its ISO 4217 currency
 * @param asOf the date the value is known to hold, or null when undated
 * @param sourceId the source the value comes from
 * @param computed whether the value is arithmetic on stated values (the note shows how)
 * @param note what the figure covers
 */
public record SourcedAmount(BigDecimal value, Currency currency, String asOf, String sourceId, boolean computed,
		String note) {

	public static SourcedAmount of(BigDecimal value, String currency, String asOf, String sourceId, Boolean computed,
			String note) {
		return (sourceId != null) ? new SourcedAmount(value, (currency != null) ? Currency.getInstance(currency) : null,
				asOf, sourceId, Boolean.TRUE.equals(computed), note) : null;
	}

	/** Whether this is a figure in the given currency. */
	public boolean isIn(Currency other) {
		return this.value != null && other.equals(this.currency);
	}

	/** The ISO 4217 code, or null. */
	public String currencyCode() {
		return (this.currency != null) ? this.currency.getCurrencyCode() : null;
	}

}
