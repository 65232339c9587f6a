package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.steppingstone.source.RateTable;

/**
 * The reference rates the catalog converts with, read once from the source module's
 * {@link RateTable}: they change only when a release with a new file starts.
 */
@Component
public class ExchangeRates {

	private final RateTable table;

	private final SingletonSupplier<ReferenceRates> rates;

	ExchangeRates(RateTable table) {
		this.table = table;
		this.rates = SingletonSupplier.of(this::read);
	}

	public ReferenceRates reference() {
		return this.rates.obtain();
	}

	private ReferenceRates read() {
		Map<Currency, BigDecimal> perUsd = new HashMap<>();
		perUsd.put(ReferenceRates.USD, BigDecimal.ONE);
		String period = null;
		for (RateTable.Rate rate : this.table.rates()) {
			perUsd.put(Currency.getInstance(rate.currency()), rate.perUsd().stripTrailingZeros());
			period = (period == null || rate.period().compareTo(period) > 0) ? rate.period() : period;
		}
		RateTable.RateSource source = this.table.source().orElse(null);
		return new ReferenceRates(Map.copyOf(perUsd), period, (source != null) ? source.publisher() : null,
				(source != null) ? source.url() : null);
	}

}
