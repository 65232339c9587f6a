package org.steppingstone.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Number formats for templates ({@code ${@formats.usd(value)}}), in one place so that
 * every page writes a figure the same way.
 */
@Component("formats")
public class Formats {

	/**
	 * English with the symbols that name the dollar they mean (US$, HK$, A$), as a reader
	 * outside the US needs them.
	 */
	private static final Locale MONEY_LOCALE = Locale.UK;

	private static final Currency USD = Currency.getInstance("USD");

	/** A currency's symbol as amounts are written (US$, €, HK$); US dollars' for null. */
	public String symbol(Currency currency) {
		return ((currency != null) ? currency : USD).getSymbol(MONEY_LOCALE);
	}

	/** US$1,350 or US$985.50: cents only when the amount has them. */
	public String usd(BigDecimal amount) {
		return money(amount, USD);
	}

	/**
	 * An amount as published, in its own currency with the site's English conventions:
	 * HK$242,000, US$1,350, US$985.50 (minor units only when the amount has them).
	 */
	public String money(BigDecimal amount, Currency currency) {
		if (amount == null || currency == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(MONEY_LOCALE);
		format.setCurrency(currency);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		if (amount.stripTrailingZeros().scale() <= 0) {
			format.setMinimumFractionDigits(0);
			format.setMaximumFractionDigits(0);
		}
		return format.format(amount);
	}

	/**
	 * A converted amount to the whole unit, half up (US$30,876): a conversion at an
	 * average rate is approximate, and the page says so with "≈".
	 */
	public String approx(BigDecimal amount, Currency currency) {
		return (amount != null) ? money(amount.setScale(0, RoundingMode.HALF_UP), currency) : null;
	}

	/** {@link #approx(BigDecimal, Currency)} in US dollars. */
	public String approxUsd(BigDecimal amount) {
		return approx(amount, USD);
	}

	/** A currency's English name with its code: Hong Kong Dollar (HKD). */
	public String currencyName(Currency currency) {
		return (currency != null) ? currency.getDisplayName(Locale.ENGLISH) + " (" + currency.getCurrencyCode() + ")"
				: null;
	}

	/** 17, 9.5 or 17–29 months, from tenths. */
	public String months(BigDecimal min, BigDecimal max) {
		if (min == null || max == null) {
			return null;
		}
		return (min.compareTo(max) == 0) ? number(min) : number(min) + "–" + number(max);
	}

	/** 12, or 6–9 for a range. */
	public String range(Integer min, Integer max) {
		if (min == null || max == null) {
			return null;
		}
		return min.equals(max) ? String.valueOf(min) : min + "–" + max;
	}

	/** 50 %, 20.8 %: a share with at most one decimal, as the catalog stores it. */
	public String percent(BigDecimal share) {
		return (share != null) ? share.stripTrailingZeros().toPlainString() + " %" : null;
	}

	/** A plain number without trailing zeros: 7.5, 90. */
	public String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	/** The English name of an ISO 3166-1 alpha-2 country code: US → United States. */
	public String country(String code) {
		return countryName(code);
	}

	/**
	 * {@link #country(String)} where no bean is at hand, as for a query's active filters.
	 */
	public static String countryName(String code) {
		return (code != null) ? new Locale("", code).getDisplayCountry(Locale.ENGLISH) : null;
	}

	/**
	 * 2016–2022, earlier first; 2022 when both dates fall in one year or one of them is
	 * null.
	 */
	public String years(String from, String to) {
		String first = year(from);
		String last = year(to);
		if (first == null || last == null || first.equals(last)) {
			return (first != null) ? first : last;
		}
		return (first.compareTo(last) < 0) ? first + "–" + last : last + "–" + first;
	}

	/**
	 * 30 August 2021, August 2021 or 2021: a {@code YYYY-MM-DD}, {@code YYYY-MM} or
	 * {@code YYYY} date as precise as it is known.
	 */
	public String date(String date) {
		if (date == null) {
			return null;
		}
		try {
			return switch (date.length()) {
				case 10 -> java.time.LocalDate.parse(date)
					.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
				case 7 -> java.time.YearMonth.parse(date)
					.format(java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));
				default -> date;
			};
		}
		catch (java.time.format.DateTimeParseException ex) {
			return date;
		}
	}

	/** The year of a {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} date. */
	public String year(String date) {
		return (date != null && date.length() >= 4) ? date.substring(0, 4) : null;
	}

}
