package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The reference rates in the database ({@code exchange_rates}, loaded at start-up from
 * {@code catalog/rates.json} by the repeatable migration {@code R__Rates}), read once:
 * they change only when a release with a new file starts.
 */
@Component
public class ExchangeRates {

	private final JdbcClient jdbc;

	private final SingletonSupplier<ReferenceRates> rates;

	ExchangeRates(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.rates = SingletonSupplier.of(this::read);
	}

	public ReferenceRates reference() {
		return this.rates.obtain();
	}

	private ReferenceRates read() {
		Map<Currency, BigDecimal> perUsd = new HashMap<>();
		perUsd.put(ReferenceRates.USD, BigDecimal.ONE);
		String[] period = new String[1];
		this.jdbc.sql("select currency, per_usd, period from exchange_rates order by currency").query((rs, n) -> {
			perUsd.put(Currency.getInstance(rs.getString(1).strip()), rs.getBigDecimal(2).stripTrailingZeros());
			period[0] = (period[0] == null || rs.getString(3).compareTo(period[0]) > 0) ? rs.getString(3) : period[0];
			return n;
		}).list();
		String[] source = this.jdbc.sql("select publisher, url from exchange_rate_sources where id = 1")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.orElse(new String[2]);
		return new ReferenceRates(Map.copyOf(perUsd), period[0], source[0], source[1]);
	}

}
