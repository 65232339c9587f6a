package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * The stacked route (MicroMasters, then the rest of the Master's) against the direct
 * route (the whole Master's). Every figure is null when an input it needs is unknown;
 * {@link #missing()} names those inputs.
 *
 * @param inputs the figures used
 * @param remainingTuition the tuition for what remains after the credit: tuition × (100 −
 * share) / 100
 * @param stackedCost price + remaining tuition
 * @param directCost the tuition
 * @param costSaving direct − stacked; negative when the stacked route costs more
 * @param stackedMonths MicroMasters months + degree months × (100 − share) / 100, bound
 * by bound
 * @param directMonths the degree's months
 * @param monthSaving direct − stacked months, the shorter ends together and the longer
 * ends together
 * @param missing the inputs that are unknown: {@code price}, {@code tuition},
 * {@code share}, {@code programMonths}, {@code degreeMonths}
 * @param cost what the known figures prove about the stacked cost: exact, bounded or
 * blocked
 * @param months what they prove about the stacked months
 */
public record RouteEstimate(RouteInputs inputs, BigDecimal remainingTuition, BigDecimal stackedCost,
		BigDecimal directCost, BigDecimal costSaving, Months stackedMonths, Months directMonths,
		MonthsSaved monthSaving, List<String> missing, Bound cost, Bound months) {

	/**
	 * The least the stacked route saves against the Master's alone where its cost is only
	 * bounded: the whole tuition less the most the route can cost (negative when it may
	 * cost more); null when either is unknown.
	 */
	public BigDecimal leastCostSaving() {
		return (this.directCost != null && this.cost.atMost() != null) ? this.directCost.subtract(this.cost.atMost())
				: null;
	}

	/**
	 * exact (cost and months exact), bounded (the cost at least bounded, the months
	 * bounded or not stated), or blocked (no most the cost can be).
	 */
	public String total() {
		if (this.cost.isBlocked()) {
			return "blocked";
		}
		return (this.cost.exact() && this.months.exact()) ? "exact" : "bounded";
	}

	public boolean isCostKnown() {
		return this.stackedCost != null && this.directCost != null;
	}

	public boolean isTimeKnown() {
		return this.stackedMonths != null && this.directMonths != null;
	}

	/**
	 * The share of the degree still to take, 100 − share, or null when the share is
	 * unknown.
	 */
	public BigDecimal remainingSharePercent() {
		return (this.inputs.sharePercent() != null) ? RouteCalculator.HUNDRED.subtract(this.inputs.sharePercent())
				: null;
	}

}
