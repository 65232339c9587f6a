package org.steppingstone.catalog;

import java.math.BigDecimal;

/**
 * The figures a route estimate rests on; any of them may be unknown (null), and then
 * nothing that needs it is computed.
 *
 * @param price the MicroMasters price in US dollars
 * @param tuition the Master's tuition in US dollars, for the whole degree
 * @param sharePercent the share of the degree the credential counts for, 0 to 100
 * @param programMonths how long the MicroMasters takes
 * @param degreeMonths how long the Master's takes when started from scratch
 * @param creditReducesTuition false where the degree charges its whole tuition to
 * students admitted with credit: the credit then shortens only the time
 */
public record RouteInputs(BigDecimal price, BigDecimal tuition, BigDecimal sharePercent, Months programMonths,
		Months degreeMonths, boolean creditReducesTuition) {

	/** Where the credit lowers the tuition in proportion, as most degrees charge. */
	public RouteInputs(BigDecimal price, BigDecimal tuition, BigDecimal sharePercent, Months programMonths,
			Months degreeMonths) {
		this(price, tuition, sharePercent, programMonths, degreeMonths, true);
	}

}
