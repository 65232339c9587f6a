package org.steppingstone.catalog;

import java.math.BigDecimal;

/**
 * The figures a route estimate rests on; any of them may be unknown (null), and then
 * nothing that needs it is computed exactly, though the known ones may still bound it
 * ({@link Bound}).
 *
 * @param price the MicroMasters price in US dollars
 * @param tuition the Master's tuition in US dollars, for the whole degree
 * @param sharePercent the share of the degree the credential counts for, 0 to 100
 * @param programMonths how long the MicroMasters takes
 * @param degreeMonths how long the Master's takes when started from scratch
 * @param creditReducesTuition false where the degree charges its whole tuition to
 * students admitted with credit: the credit then shortens only the time
 * @param shareCeiling the most of the degree a source says may be credited, where it
 * states no share (0 to 100); null when none is stated
 */
public record RouteInputs(BigDecimal price, BigDecimal tuition, BigDecimal sharePercent, Months programMonths,
		Months degreeMonths, boolean creditReducesTuition, BigDecimal shareCeiling) {

	public RouteInputs(BigDecimal price, BigDecimal tuition, BigDecimal sharePercent, Months programMonths,
			Months degreeMonths, boolean creditReducesTuition) {
		this(price, tuition, sharePercent, programMonths, degreeMonths, creditReducesTuition, null);
	}

	/** Where the credit lowers the tuition in proportion, as most degrees charge. */
	public RouteInputs(BigDecimal price, BigDecimal tuition, BigDecimal sharePercent, Months programMonths,
			Months degreeMonths) {
		this(price, tuition, sharePercent, programMonths, degreeMonths, true, null);
	}

}
