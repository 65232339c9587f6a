package org.steppingstone.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import tools.jackson.databind.JsonNode;

/**
 * The reference exchange rates beside the catalog ({@code catalog/rates.json}, with its
 * JSON Schema {@code rates.schema.json}): checked by the build as the catalog is
 * ({@link CatalogCheck} records the digest of what passed in {@code rates.checked}), and
 * loaded into {@code exchange_rates} and {@code exchange_rate_sources} by the repeatable
 * migration {@code db.migration.R__Rates}.
 */
public final class RatesFile extends DataFile {

	public static final String DEFAULT_LOCATION = "classpath:catalog/rates.json";

	private static final String SCHEMA_LOCATION = "classpath:catalog/rates.schema.json";

	static final String CHECKED_LOCATION = "classpath:catalog/rates.checked";

	/** Changes whenever the rows this loader writes change. */
	public static final int LOADER_VERSION = 1;

	private RatesFile(String location, ClassLoader classLoader) {
		super(location, SCHEMA_LOCATION, CHECKED_LOCATION, classLoader);
	}

	public static RatesFile at(String location, ClassLoader classLoader) {
		return new RatesFile(location, classLoader);
	}

	/** Flyway loads the rates again when this changes. */
	public int checksum() {
		return checksum(LOADER_VERSION);
	}

	/**
	 * The file's own release, for {@link ForwardOnly}: the date its rates were retrieved,
	 * as a version ({@code 2026.12.04}); null when the file gives none.
	 */
	@Override
	public String release() {
		String retrieved = tree().path("source").path("retrieved").asString(null);
		return (retrieved != null && retrieved.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) ? retrieved.replace('-', '.')
				: null;
	}

	/**
	 * The query for the release of the rates in the database, as {@link #release()} gives
	 * a file's.
	 */
	public static final String RELEASE_QUERY = "select replace(cast(retrieved as varchar(10)), '-', '.')"
			+ " from exchange_rate_sources";

	/** Its schema's errors, then each currency that is given twice or is not ISO 4217. */
	@Override
	List<String> problems(JsonNode root, List<Error> schemaErrors) {
		List<String> problems = new ArrayList<>();
		for (Error error : schemaErrors) {
			problems.add(problem(name(), error.getInstanceLocation().toString(),
					(error.getProperty() != null) ? error.getProperty() : "", what(error)));
		}
		Set<String> seen = new HashSet<>();
		for (JsonNode rate : root.path("rates")) {
			String currency = rate.path("currency").asString("");
			if (!seen.add(currency)) {
				problems.add(problem(name(), "rates \"" + currency + "\"", "currency", "given twice"));
			}
			try {
				java.util.Currency.getInstance(currency);
			}
			catch (IllegalArgumentException ex) {
				problems.add(problem(name(), "rates \"" + currency + "\"", "currency", "not an ISO 4217 currency"));
			}
		}
		return problems;
	}

	/**
	 * Replaces the rows of both tables with the file's, on the migration's connection.
	 */
	public static void load(JsonNode root, Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM exchange_rates");
			statement.executeUpdate("DELETE FROM exchange_rate_sources");
		}
		JsonNode source = root.path("source");
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO exchange_rate_sources (id, title, "
				+ "publisher, url, via, republished_by, republished_url, retrieved, summary) "
				+ "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, source.path("title").asString());
			insert.setString(2, source.path("publisher").asString());
			insert.setString(3, source.path("url").asString());
			insert.setString(4, source.path("via").asString(null));
			insert.setString(5, source.path("republished_by").asString(null));
			insert.setString(6, source.path("republished_url").asString(null));
			insert.setDate(7, Date.valueOf(LocalDate.parse(source.path("retrieved").asString())));
			insert.setString(8, root.path("about").asString());
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO exchange_rates (currency, per_usd, period, kind) VALUES (?, ?, ?, ?)")) {
			for (JsonNode rate : root.path("rates")) {
				insert.setString(1, rate.path("currency").asString());
				insert.setBigDecimal(2, new BigDecimal(rate.path("per_usd").asString()));
				insert.setString(3, rate.path("period").asString());
				insert.setString(4, rate.path("kind").asString());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
