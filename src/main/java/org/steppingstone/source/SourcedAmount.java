package org.steppingstone.source;

import java.math.BigDecimal;
import java.util.Currency;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A sourced sum of money as the source publishes it, in its own currency: a program's
 * price or a degree's tuition. Never converted. Embedded in the row it describes; a row
 * whose columns for it are all null (no source states it) reads as null.
 *
 * @param value the amount, or null when no single figure exists (the note says why)
 * @param currency its ISO 4217 currency, stored as a three-letter code
 * @param asOf the date the value is known to hold, or null when undated
 * @param sourceId the source the value comes from
 * @param computed whether the value is arithmetic on stated values (the note shows how);
 * an unstated flag reads as false
 * @param note what the figure covers
 */
@Embeddable
public record SourcedAmount(BigDecimal value, @JdbcTypeCode(SqlTypes.CHAR) Currency currency, String asOf,
		String sourceId, Boolean computed, String note) {

	public SourcedAmount {
		computed = Boolean.TRUE.equals(computed);
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
