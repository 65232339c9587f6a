package org.steppingstone.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.steppingstone.source.SourcedAmount;

/**
 * A price divided by what it buys, in the price's own currency, to the cent: a
 * MicroMasters' price per course to pass, or a degree's tuition per credit.
 *
 * @param value the quotient, half up to the cent as the route totals round
 * @param whole the price or tuition divided
 * @param count what it is divided by
 * @param unit {@code courses}, or the degree's credit unit ({@code MIT-units}, …)
 */
public record PricePer(BigDecimal value, SourcedAmount whole, BigDecimal count, String unit) {

	static PricePer of(SourcedAmount whole, BigDecimal count, String unit) {
		if (whole == null || whole.value() == null || whole.currency() == null || count == null
				|| count.signum() <= 0) {
			return null;
		}
		return new PricePer(whole.value().divide(count, 2, RoundingMode.HALF_UP), whole, count, unit);
	}

}
