package org.steppingstone.pathways.calculator;

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

}
