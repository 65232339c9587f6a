package org.steppingstone.catalog;

import java.math.BigDecimal;

/**
 * Months saved by the stacked route: negative when it takes longer. A range when the
 * lengths are ranges.
 *
 * @param min the smaller saving
 * @param max the larger saving
 */
public record MonthsSaved(BigDecimal min, BigDecimal max) {

	public boolean isRange() {
		return this.min.compareTo(this.max) != 0;
	}

	/**
	 * How the stacked route compares, so that a page never writes a negative saving:
	 * {@code shorter}, {@code longer}, {@code same}, or {@code mixed} when the ends of
	 * the range fall on both sides.
	 */
	public String direction() {
		if (this.min.signum() >= 0 && this.max.signum() > 0) {
			return "shorter";
		}
		if (this.max.signum() <= 0 && this.min.signum() < 0) {
			return "longer";
		}
		return (this.min.signum() == 0 && this.max.signum() == 0) ? "same" : "mixed";
	}

	/** The months the stacked route saves at most, never negative. */
	public Months shorterBy() {
		return new Months(this.min.max(BigDecimal.ZERO), this.max.max(BigDecimal.ZERO));
	}

	/** The months the stacked route adds at most, never negative. */
	public Months longerBy() {
		return new Months(this.max.negate().max(BigDecimal.ZERO), this.min.negate().max(BigDecimal.ZERO));
	}

}
