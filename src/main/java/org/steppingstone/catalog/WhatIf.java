package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.steppingstone.source.SourcedAmount;

/**
 * A MicroMasters and a Master's that no pathway in our catalog links, taken one after the
 * other: the one arithmetic with no credit counted (as far as our sources say, the degree
 * does not count the credential), against the Master's alone. Amounts in another currency
 * than US dollars are converted at our reference rate, never taken as they stand.
 *
 * @param program the MicroMasters
 * @param degree the Master's
 * @param estimate both in a row (share 0) against the Master's alone, in US dollars
 * @param missing the figures a total lacks ({@code price}, {@code tuition})
 */
public record WhatIf(Program program, Degree degree, RouteEstimate estimate, List<String> missing) {

	public static WhatIf of(Program program, Degree degree, ReferenceRates reference) {
		Map<java.util.Currency, BigDecimal> rates = new java.util.HashMap<>();
		for (SourcedAmount amount : new SourcedAmount[] { program.getPrice(), degree.getTuition() }) {
			if (amount != null && amount.currency() != null) {
				BigDecimal rate = reference.rate(amount.currency(), ReferenceRates.USD);
				if (rate != null) {
					rates.put(amount.currency(), rate);
				}
			}
		}
		BigDecimal price = RouteFigures.amount(program.getPrice(), ReferenceRates.USD, rates);
		BigDecimal tuition = RouteFigures.amount(degree.getTuition(), ReferenceRates.USD, rates);
		Months programMonths = (program.getLength() != null)
				? Months.of(program.getLength().min(), program.getLength().max()) : null;
		Months degreeMonths = (degree.getLength() != null)
				? Months.of(degree.getLength().min(), degree.getLength().max()) : null;
		RouteEstimate estimate = RouteCalculator
			.estimate(new RouteInputs(price, tuition, BigDecimal.ZERO, programMonths, degreeMonths));
		List<String> missing = new ArrayList<>();
		if (price == null) {
			missing.add("price");
		}
		if (tuition == null) {
			missing.add("tuition");
		}
		return new WhatIf(program, degree, estimate, List.copyOf(missing));
	}

}
