package org.steppingstone.api;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.source.SourcedAmount;

/**
 * A sum of money as a source states it: a program's price or a degree's tuition.
 */
@Schema(description = "A sum of money with its source and the date it is known to hold.")
record Money(
		@Schema(description = "The amount, or null when no single figure exists (the note says why).",
				example = "1350.00") BigDecimal amount,
		@Schema(description = "ISO 4217 currency code.", example = "USD") String currency,
		@Schema(description = "Whether the amount is arithmetic on stated values (the note shows how).") boolean computed,
		@Schema(description = "What the figure covers.") String note,
		@Schema(description = "The id of the source (see /api/v1/sources).", example = "mitx-scm-faq") String source,
		@Schema(description = Money.AS_OF, example = "2017-02-15") String asOf) {

	static final String AS_OF = "The date the value is known to hold, as precise as the source: YYYY, YYYY-MM or "
			+ "YYYY-MM-DD (ISO 8601); null when the source is undated.";

	static Money of(SourcedAmount amount) {
		return (amount != null) ? new Money(amount.value(), amount.currencyCode(), amount.computed(), amount.note(),
				amount.sourceId(), amount.asOf()) : null;
	}

}
