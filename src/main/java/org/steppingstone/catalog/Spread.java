package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How a figure spreads across the catalog: its range and median, how many items state it
 * out of how many there are, and the span of the dates the values are known to hold.
 *
 * @param min the smallest value, or null when no item states one
 * @param max the largest value
 * @param median the middle value, or the mean of the two middle values for an even count
 * @param count how many items state the figure
 * @param of how many items there are
 * @param asOfFrom the earliest "as of" date among the values, or null when all are
 * undated
 * @param asOfTo the latest "as of" date
 * @param undated how many of the stated values have no "as of" date, and so are not in
 * the span from {@code asOfFrom} to {@code asOfTo}
 */
public record Spread(BigDecimal min, BigDecimal max, BigDecimal median, int count, int of, String asOfFrom,
		String asOfTo, int undated) {

	/**
	 * @param values the stated values; nulls are not counted
	 * @param dates the "as of" date of each stated value, null where it is undated
	 * @param of the number of items, stated or not
	 */
	public static Spread of(List<BigDecimal> values, List<String> dates, int of) {
		List<BigDecimal> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
		List<String> dated = dates.stream().filter(Objects::nonNull).sorted().toList();
		String from = dated.isEmpty() ? null : dated.get(0);
		String to = dated.isEmpty() ? null : dated.get(dated.size() - 1);
		int undated = Math.max(0, sorted.size() - dated.size());
		if (sorted.isEmpty()) {
			return new Spread(null, null, null, 0, of, from, to, 0);
		}
		int n = sorted.size();
		BigDecimal median = (n % 2 == 1) ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		return new Spread(sorted.get(0), sorted.get(n - 1), median.stripTrailingZeros(), n, of, from, to, undated);
	}

	/** Whether some stated values are dated and others are not. */
	public boolean isPartlyDated() {
		return this.asOfFrom != null && this.undated > 0;
	}

	public boolean isKnown() {
		return this.count > 0;
	}

}
