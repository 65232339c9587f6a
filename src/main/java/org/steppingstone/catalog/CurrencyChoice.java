package org.steppingstone.catalog;

import java.util.Currency;

import org.springframework.validation.Errors;

/**
 * The currency a page's totals are asked in ({@code currency}), on the pages without a
 * form of their own for it (a program's page, the side-by-side comparison): checked as
 * the calculator checks it ({@link ReferenceRates#refusal(String)}).
 *
 * @param currency the code as asked, stripped; null when none was asked
 */
public record CurrencyChoice(String currency) {

	/** The choice as asked; a blank one is none. */
	public static CurrencyChoice of(String asked) {
		return new CurrencyChoice((asked == null || asked.isBlank()) ? null : asked.strip());
	}

	/**
	 * Rejects the currency beside its field when our reference rates cannot total in it.
	 */
	public void check(ReferenceRates rates, Errors errors) {
		String refusal = rates.refusal(this.currency);
		if (refusal != null) {
			errors.rejectValue("currency", refusal);
		}
	}

	/** The totals' currency once checked: US dollars when none or a refused one. */
	public Currency totalsIn(ReferenceRates rates) {
		return (rates.refusal(this.currency) == null) ? rates.totalsIn(this.currency) : ReferenceRates.USD;
	}

	/**
	 * The code links carry onward: only an accepted currency other than US dollars, null
	 * otherwise.
	 */
	public String parameter(ReferenceRates rates) {
		Currency currency = totalsIn(rates);
		return ReferenceRates.USD.equals(currency) ? null : currency.getCurrencyCode();
	}

}
