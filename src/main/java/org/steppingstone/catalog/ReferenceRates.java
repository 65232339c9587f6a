package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Our reference exchange rates: the newest monthly average of each currency against the
 * US dollar (Federal Reserve H.10/G.5 series), loaded from {@code catalog/rates.json}. A
 * rate converts for display and totals only: an amount stays as published beside what it
 * converts to, with the rate's month and source.
 *
 * @param perUsd units of each currency for one US dollar (US dollars themselves included,
 * at 1)
 * @param period the month the rates are the average of ({@code 2026-06}), or null when
 * there are none
 * @param source who publishes them, as the page names it ({@code Federal Reserve})
 * @param sourceUrl where they are published
 */
public record ReferenceRates(Map<Currency, BigDecimal> perUsd, String period, String source, String sourceUrl) {

	public static final Currency USD = Currency.getInstance("USD");

	/** No reference rates: only the learner's rates convert. */
	public static final ReferenceRates NONE = new ReferenceRates(Map.of(USD, BigDecimal.ONE), null, null, null);

	/**
	 * Units of {@code to} for one unit of {@code from}, to 14 decimal places, half up;
	 * null when either currency has no rate.
	 */
	public BigDecimal rate(Currency from, Currency to) {
		if (from.equals(to)) {
			return BigDecimal.ONE;
		}
		BigDecimal perFrom = this.perUsd.get(from);
		BigDecimal perTo = this.perUsd.get(to);
		if (perFrom == null || perTo == null || this.period == null) {
			return null;
		}
		return perTo.divide(perFrom, 14, RoundingMode.HALF_UP);
	}

	/** The ISO 4217 currency of a code, or null when there is none. */
	public static Currency find(String code) {
		return Currency.getAvailableCurrencies()
			.stream()
			.filter((c) -> c.getCurrencyCode().equals(code))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Why a currency the learner asks the totals in cannot be used, as the message code
	 * shown beside the field: not three capital letters, no ISO 4217 currency, or no
	 * reference rate; null when it can (blank or absent: US dollars). Every page that
	 * takes {@code currency} checks it here.
	 */
	public String refusal(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String asked = code.strip();
		if (!asked.matches("[A-Z]{3}")) {
			return "calculator.allowed.currency";
		}
		Currency currency = find(asked);
		if (currency == null) {
			return "calculator.unknownCurrency";
		}
		return has(currency) ? null : "calculator.noRate";
	}

	/**
	 * The currency of the totals for a code {@link #refusal(String)} accepts: US dollars
	 * when it is blank or absent.
	 */
	public Currency totalsIn(String code) {
		return (code == null || code.isBlank()) ? USD : Currency.getInstance(code.strip());
	}

	/** Whether a currency can be converted: it has a rate. */
	public boolean has(Currency currency) {
		return this.perUsd.containsKey(currency);
	}

	/** US dollars first, then every currency with a rate, by code. */
	public List<Currency> currencies() {
		return this.perUsd.keySet()
			.stream()
			.sorted((a, b) -> a.equals(USD) ? -1
					: b.equals(USD) ? 1 : a.getCurrencyCode().compareTo(b.getCurrencyCode()))
			.toList();
	}

}
