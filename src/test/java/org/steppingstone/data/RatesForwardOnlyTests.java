package org.steppingstone.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference rates only move forward, as the catalog does, by the date the file's
 * rates were retrieved (not by checksum): a newer file loads, the older one starting
 * again leaves the newer rates in place (one line logged, nothing recorded, Flyway
 * validates), and a file of the same date with other rates stops start-up.
 */
@ExtendWith(OutputCaptureExtension.class)
class RatesForwardOnlyTests {

	@TempDir
	Path dir;

	@Test
	void shouldLoadNewerRatesAndKeepThemWhenTheOlderFileStartsAgain(CapturedOutput output) throws Exception {
		RatesFile shipped = RatesFile.at(RatesFile.DEFAULT_LOCATION, getClass().getClassLoader());
		String shippedDate = shippedRetrieved();
		Path newer = ratesFile("newer", "2027-01-15", "8.5");
		try (ForwardOnlyDatabase own = new ForwardOnlyDatabase("rates-forward")) {
			SingleConnectionDataSource database = own.dataSource();
			JdbcClient jdbc = own.jdbc();
			flyway(database, RatesFile.DEFAULT_LOCATION).migrate();
			assertThat(retrievedIn(jdbc)).isEqualTo(shippedDate);
			String shippedHkd = hkd(jdbc);

			flyway(database, newer.toUri().toString()).migrate();
			assertThat(retrievedIn(jdbc)).isEqualTo("2027-01-15");
			assertThat(hkd(jdbc)).isEqualTo("8.5");
			List<String> history = own.history();

			String kept = "rates.json holds release " + shipped.release() + ", older than release 2027.01.15"
					+ " in the database: not loaded; the database's newer data is served";
			own.assertOlderFileKeptOnEachStart(() -> flyway(database, RatesFile.DEFAULT_LOCATION), output, kept);
			assertThat(hkd(jdbc)).isEqualTo("8.5");
			assertThat(own.history()).isEqualTo(history);
			assertThat(shippedHkd).isNotEqualTo("8.5");
			assertThat(flyway(database, newer.toUri().toString()).migrate().migrationsExecuted).isZero();
		}
	}

	@Test
	void shouldStopOnRatesOfTheSameDateWithOtherFigures() throws Exception {
		Path newer = ratesFile("newer", "2027-01-15", "8.5");
		Path edited = ratesFile("edited", "2027-01-15", "8.6");
		try (ForwardOnlyDatabase own = new ForwardOnlyDatabase("rates-same")) {
			SingleConnectionDataSource database = own.dataSource();
			flyway(database, newer.toUri().toString()).migrate();
			int applied = RatesFile.at(newer.toUri().toString(), getClass().getClassLoader()).checksum();
			int other = RatesFile.at(edited.toUri().toString(), getClass().getClassLoader()).checksum();
			assertThatThrownBy(() -> flyway(database, edited.toUri().toString()).migrate())
				.hasMessageContaining("rates.json holds release 2027.01.15, the release already in the database,"
						+ " but other content (checksum " + other + " in the file, " + applied
						+ " applied): change the date its rates were retrieved");
			assertThat(hkd(own.jdbc())).isEqualTo("8.5");
		}
	}

	@Test
	void shouldReadTheFilesReleaseFromTheDateItsRatesWereRetrieved() throws Exception {
		assertThat(RatesFile.at(ratesFile("dated", "2027-01-15", "8.5").toUri().toString(), getClass().getClassLoader())
			.release()).isEqualTo("2027.01.15");
	}

	/** The shipped file with another retrieval date and Hong Kong dollar rate. */
	private Path ratesFile(String name, String retrieved, String hkd) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode rates = (ObjectNode) json
			.readTree(new String(getClass().getClassLoader().getResourceAsStream("catalog/rates.json").readAllBytes()));
		((ObjectNode) rates.get("source")).put("retrieved", retrieved);
		for (JsonNode rate : rates.get("rates")) {
			if (rate.get("currency").asString().equals("HKD")) {
				((ObjectNode) rate).put("per_usd", new java.math.BigDecimal(hkd));
			}
		}
		Path file = this.dir.resolve(name).resolve("rates.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, json.writeValueAsString(rates));
		return file;
	}

	private String shippedRetrieved() throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(new String(getClass().getClassLoader().getResourceAsStream("catalog/rates.json").readAllBytes()))
			.get("source")
			.get("retrieved")
			.asString();
	}

	private static Flyway flyway(SingleConnectionDataSource database, String rates) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.placeholders(Map.of("rates", rates))
			.load();
	}

	private static String retrievedIn(JdbcClient jdbc) {
		return jdbc.sql("select retrieved from exchange_rate_sources").query(java.sql.Date.class).single().toString();
	}

	private static String hkd(JdbcClient jdbc) {
		return jdbc.sql("select per_usd from exchange_rates where currency = 'HKD'")
			.query(java.math.BigDecimal.class)
			.single()
			.stripTrailingZeros()
			.toPlainString();
	}

}
