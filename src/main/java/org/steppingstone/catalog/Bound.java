package org.steppingstone.catalog;

import java.math.BigDecimal;

/**
 * What the known figures prove about one total (a cost or a number of months): exactly
 * what it is, a range it must fall in, only the most it can be, or nothing.
 * <p>
 * A total lacking only the share credited is bounded: counting no credit gives the most
 * it can be (credit never adds tuition or months), and a ceiling on the credit (at most
 * 30 %) gives the least. Without a ceiling the least it can be is the part no credit
 * touches (the MicroMasters alone): true, but no answer worth stating, so it serves only
 * to leave out a route whose known part is already over a learner's limit.
 *
 * @param atLeast the least it can be: the total itself when exact, the lower end of its
 * range, or the part known for certain; null when nothing of it is known
 * @param atMost the most it can be, or null when a figure it needs is missing (blocked)
 * @param exact whether the total rests on every figure it needs (a range then only
 * reflects the ranges of the figures themselves, such as a length of 12–24 months)
 * @param leastStated whether atLeast is an answer worth stating: exact, or bounded by a
 * ceiling on the credit
 */
public record Bound(BigDecimal atLeast, BigDecimal atMost, boolean exact, boolean leastStated) {

	/** Nothing can be totalled; the known part, when there is one, still counts. */
	static Bound blocked(BigDecimal knownPart) {
		return new Bound(knownPart, null, false, false);
	}

	/** Whether a figure the total needs is missing: no most it can be. */
	public boolean isBlocked() {
		return this.atMost == null;
	}

	/** Whether the total is bounded but not exact: the share credited is not stated. */
	public boolean isBounded() {
		return !this.exact && this.atMost != null;
	}

	/** Whether the words say "between A and B" (true) or only "at most B" (false). */
	public boolean isRange() {
		return this.leastStated && this.atLeast != null && this.atMost != null
				&& this.atLeast.compareTo(this.atMost) != 0;
	}

	/**
	 * How the total stands against a learner's maximum: {@code fits} when even the most
	 * it can be is within it, {@code mayFit} when only the least is, {@code over} when
	 * even the least (or the part known for certain) is over, or {@code unknown} when
	 * nothing of it is known.
	 */
	public String against(BigDecimal limit) {
		if (this.atMost != null && this.atMost.compareTo(limit) <= 0) {
			return "fits";
		}
		if (this.atLeast != null && this.atLeast.compareTo(limit) > 0) {
			return "over";
		}
		return (this.atLeast != null || this.atMost != null) ? "mayFit" : "unknown";
	}

}
