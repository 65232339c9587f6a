package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Money is rounded to the cent and months to a tenth, half up, once per result; shares
 * are exact.
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
				List.copyOf(missing));
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
