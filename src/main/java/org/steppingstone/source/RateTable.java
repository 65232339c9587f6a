package org.steppingstone.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference exchange rates' tables ({@code exchange_rates} and
 * {@code exchange_rate_sources}, loaded at start-up from {@code catalog/rates.json} by
 * the repeatable migration {@code R__Rates}), and their one reader: the rate of each
 * currency with its month, and where the rates come from. Each read is one statement,
 * made when asked: the catalog keeps the rates it converts with, and the pages that cite
 * their source ask for it.
 */
@Component
public class RateTable {

	private final JdbcClient jdbc;

	RateTable(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** Every currency's rate, by currency code. */
	public List<Rate> rates() {
		return this.jdbc.sql("select currency, per_usd, period from exchange_rates order by currency")
			.query((rs, n) -> new Rate(rs.getString(1).strip(), rs.getBigDecimal(2), rs.getString(3)))
			.list();
	}

	/** Where the rates come from, or empty when none are loaded. */
	public Optional<RateSource> source() {
		return this.jdbc.sql("""
				select s.title, s.publisher, s.url, s.via, s.republished_by, s.republished_url, s.retrieved,
				       (select max(period) from exchange_rates), (select count(*) from exchange_rates)
				from exchange_rate_sources s where s.id = 1""")
			.query((rs, n) -> new RateSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getString(8), rs.getInt(9)))
			.optional();
	}

	/**
	 * One currency's reference rate.
	 *
	 * @param currency its ISO 4217 code
	 * @param perUsd units of it for one US dollar
	 * @param period the month the rate is the average of ({@code 2026-06})
	 */
	public record Rate(String currency, BigDecimal perUsd, String period) {
	}

	/**
	 * Where the reference rates come from: they back conversions, not a figure of the
	 * catalog, so they are cited apart from the catalog's sources.
	 *
	 * @param title the source's title
	 * @param publisher who publishes the rates
	 * @param url its address
	 * @param via the address they were read through (FRED for the Federal Reserve's), or
	 * null
	 * @param republishedBy who republished them in a form we read, or null
	 * @param republishedUrl that republication's address, or null
	 * @param retrieved the day they were taken
	 * @param period the newest month a rate is the average of ({@code 2026-06}), or null
	 * when no rate is loaded
	 * @param currencies how many currencies have a rate
	 */
	public record RateSource(String title, String publisher, String url, String via, String republishedBy,
			String republishedUrl, LocalDate retrieved, String period, int currencies) {
	}

}
