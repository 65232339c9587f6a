package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Money is rounded to the cent and months to a tenth, half up, once per result; shares
 * are exact. Where only the share credited is missing, the totals are bounded instead
 * ({@link Bound}): no credit gives the most a route can cost or take, a ceiling on the
 * credit the least. A missing price, tuition or length is never counted as zero.
 */
public final class RouteCalculator {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RouteCalculator() {
	}

	public static RouteEstimate estimate(RouteInputs in) {
		if (in.sharePercent() != null && (in.sharePercent().signum() < 0 || in.sharePercent().compareTo(HUNDRED) > 0)) {
			throw new IllegalArgumentException("A share is between 0 and 100: " + in.sharePercent());
		}
		List<String> missing = new ArrayList<>();
		addIfNull(missing, "price", in.price());
		addIfNull(missing, "tuition", in.tuition());
		addIfNull(missing, "share", in.sharePercent());
		addIfNull(missing, "programMonths", in.programMonths());
		addIfNull(missing, "degreeMonths", in.degreeMonths());

		BigDecimal remaining;
		if (!in.creditReducesTuition()) {
			remaining = (in.tuition() != null) ? cents(in.tuition()) : null;
		}
		else {
			remaining = (in.tuition() != null && in.sharePercent() != null)
					? cents(in.tuition().multiply(HUNDRED.subtract(in.sharePercent())).divide(HUNDRED)) : null;
		}
		BigDecimal stacked = (remaining != null && in.price() != null) ? cents(in.price().add(remaining)) : null;
		BigDecimal direct = (in.tuition() != null) ? cents(in.tuition()) : null;
		BigDecimal saving = (stacked != null) ? direct.subtract(stacked) : null;

		Months stackedMonths = null;
		MonthsSaved monthSaving = null;
		if (in.programMonths() != null && in.degreeMonths() != null && in.sharePercent() != null) {
			BigDecimal low = stackedBound(in.programMonths().min(), in.degreeMonths().min(), in.sharePercent());
			BigDecimal high = stackedBound(in.programMonths().max(), in.degreeMonths().max(), in.sharePercent());
			stackedMonths = new Months(low.min(high), low.max(high));
			BigDecimal lowSaving = Months.scale(in.degreeMonths().min()).subtract(low);
			BigDecimal highSaving = Months.scale(in.degreeMonths().max()).subtract(high);
			monthSaving = new MonthsSaved(lowSaving.min(highSaving), lowSaving.max(highSaving));
		}
		return new RouteEstimate(in, remaining, stacked, direct, saving, stackedMonths, in.degreeMonths(), monthSaving,
				List.copyOf(missing), costBound(in, stacked), monthsBound(in, stackedMonths));
	}

	/**
	 * The share credited at least and at most: the stated share, else from nothing to the
	 * ceiling, else from nothing to the whole degree.
	 */
	private static BigDecimal[] shares(RouteInputs in) {
		if (in.sharePercent() != null) {
			return new BigDecimal[] { in.sharePercent(), in.sharePercent() };
		}
		BigDecimal ceiling = (in.shareCeiling() != null) ? in.shareCeiling().max(BigDecimal.ZERO).min(HUNDRED)
				: HUNDRED;
		return new BigDecimal[] { BigDecimal.ZERO, ceiling };
	}

	private static Bound costBound(RouteInputs in, BigDecimal stacked) {
		if (stacked != null) {
			return new Bound(stacked, stacked, true, true);
		}
		if (in.price() == null || in.tuition() == null) {
			// What is known for certain: the price, and the whole tuition where credit
			// does not lower it.
			BigDecimal known = (in.price() != null) ? cents(in.price()) : null;
			return Bound.blocked(known);
		}
		BigDecimal[] share = shares(in);
		BigDecimal most = cents(in.price().add(in.tuition()));
		BigDecimal least = cents(in.price().add(in.tuition().multiply(HUNDRED.subtract(share[1])).divide(HUNDRED)));
		return new Bound(least, most, false, in.shareCeiling() != null);
	}

	private static Bound monthsBound(RouteInputs in, Months stacked) {
		if (stacked != null) {
			return new Bound(stacked.min(), stacked.max(), true, true);
		}
		if (in.programMonths() == null || in.degreeMonths() == null) {
			return Bound.blocked((in.programMonths() != null) ? in.programMonths().min() : null);
		}
		BigDecimal[] share = shares(in);
		BigDecimal most = stackedBound(in.programMonths().max(), in.degreeMonths().max(), share[0]);
		BigDecimal least = stackedBound(in.programMonths().min(), in.degreeMonths().min(), share[1]);
		return new Bound(least, most, false, in.sharePercent() == null && in.shareCeiling() != null);
	}

	private static BigDecimal stackedBound(BigDecimal programMonths, BigDecimal degreeMonths, BigDecimal share) {
		return Months.scale(programMonths.add(degreeMonths.multiply(HUNDRED.subtract(share)).divide(HUNDRED)));
	}

	private static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private static void addIfNull(List<String> missing, String name, Object value) {
		if (value == null) {
			missing.add(name);
		}
	}

}
