package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length in months, a single figure or a range, to one decimal.
 *
 * @param min the shorter end
 * @param max the longer end, equal to min for a single figure
 */
public record Months(BigDecimal min, BigDecimal max) {

	/** The longest length the calculator accepts: ten years. */
	public static final BigDecimal LIMIT = BigDecimal.valueOf(120);

	private static final Pattern RANGE = Pattern
		.compile("\\s*(\\d{1,3}(?:\\.\\d)?)\\s*(?:(?:-|–|to)\\s*(\\d{1,3}(?:\\.\\d)?)\\s*)?(?:months?)?\\s*");

	public Months {
		min = scale(min);
		max = scale(max);
		if (min.signum() < 0 || max.compareTo(min) < 0) {
			throw new IllegalArgumentException("A length needs 0 <= min <= max: " + min + ", " + max);
		}
	}

	public static Months of(int min, int max) {
		return new Months(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
	}

	/**
	 * Reads what a learner types: {@code 12}, {@code 12-24}, {@code 12–24},
	 * {@code 9.5 to 12 months}.
	 * @return the length, or null when the text is not a length from 0 to 120 months
	 */
	public static Months parse(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = RANGE.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		BigDecimal min = new BigDecimal(matcher.group(1));
		BigDecimal max = (matcher.group(2) != null) ? new BigDecimal(matcher.group(2)) : min;
		if (max.compareTo(min) < 0 || max.compareTo(LIMIT) > 0) {
			return null;
		}
		return new Months(min, max);
	}

	/**
	 * Whether the text is a range of lengths written longer first, such as {@code 24-12}.
	 */
	public static boolean isReversed(String text) {
		Matcher matcher = (text != null) ? RANGE.matcher(text) : null;
		return matcher != null && matcher.matches() && matcher.group(2) != null
				&& new BigDecimal(matcher.group(2)).compareTo(new BigDecimal(matcher.group(1))) < 0;
	}

	public boolean isRange() {
		return this.min.compareTo(this.max) != 0;
	}

	/** As a learner would type it back: {@code 12} or {@code 12-24}. */
	public String toInput() {
		return isRange() ? plain(this.min) + "-" + plain(this.max) : plain(this.min);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static BigDecimal scale(BigDecimal value) {
		return value.setScale(1, RoundingMode.HALF_UP);
	}

}
