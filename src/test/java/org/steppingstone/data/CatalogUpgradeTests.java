package org.steppingstone.data;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import db.migration.R__Catalog;
import org.steppingstone.SteppingStoneApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of the release before the catalog became a data file (V1-V6 applied, catalog
 * 1.1) upgrades in place when the new release starts on it: V7 adds the columns and
 * tables, then the catalog file replaces the rows. On H2, and on PostgreSQL in the
 * suite's PostgreSQL run (in a database of its own, dropped afterwards). So does a
 * database at catalog 1.3 (V1-V7 and the 1.3 file, as kept in data/releases): the catalog
 * migration's checksum changes with the file, so it reloads 1.4 in place.
 */
@Tag("integration")
class CatalogUpgradeTests {

	/** The last versioned migration of release 1.1, the one shipped before V7. */
	private static final int SCHEMA_OF_RELEASE_11 = 6;

	/** The last versioned migration of release 1.3 (V7 added the catalog's columns). */
	private static final int SCHEMA_OF_RELEASE_13 = 7;

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

	@TempDir
	Path shipped;

	@Test
	void shouldUpgradeAnH2DatabaseOfTheShippedRelease() throws Exception {
		Assumptions.assumeFalse(postgresRun(), "the PostgreSQL run upgrades PostgreSQL");
		String url = "jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		// The shipped release keeps its connection while the new one starts, as in a
		// rolling deployment (an in-memory H2 also evaluates a CHECK constraint through
		// the session that created it).
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			upgrade(dataSource, url, "sa", "");
		}
		finally {
			JdbcClient.create(dataSource).sql("SHUTDOWN").update();
			dataSource.destroy();
		}
	}

	@Test
	void shouldUpgradeAPostgresqlDatabaseOfTheShippedRelease() throws Exception {
		Assumptions.assumeTrue(postgresRun(), "PostgreSQL upgrade skipped: this run uses H2. Set "
				+ "STEPPINGSTONE_TEST_POSTGRES_URL (source .ci/postgres.sh start) to run it.");
		String serverUrl = System.getProperty("spring.datasource.url");
		String user = System.getProperty("spring.datasource.username", "postgres");
		String password = System.getProperty("spring.datasource.password", "");
		Matcher matcher = POSTGRES_URL.matcher(serverUrl);
		assertThat(matcher.matches()).as(serverUrl).isTrue();
		String database = "steppingstone_upgrade_" + System.nanoTime();
		String url = matcher.group(1) + database + matcher.group(3);
		try (Connection server = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = server.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
			try {
				upgrade(new DriverManagerDataSource(url, user, password), url, user, password);
			}
			finally {
				statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
			}
		}
	}

	@Test
	void shouldUpgradeAnH2DatabaseAtCatalog13ToTheNewRelease() throws Exception {
		Assumptions.assumeFalse(postgresRun(), "the PostgreSQL run upgrades PostgreSQL");
		String url = "jdbc:h2:mem:upgrade-13-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			// Release 1.3 as shipped: the versioned migrations up to V7 and its catalog
			// file, loaded by the same repeatable migration.
			ship(SCHEMA_OF_RELEASE_13);
			Flyway.configure()
				.dataSource(dataSource)
				.locations("filesystem:" + this.shipped)
				.javaMigrations(new R__Catalog())
				.placeholders(Map.of("catalog", Path.of("data", "releases", "catalog-1.3.json").toUri().toString()))
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			assertThat(jdbc.sql("select catalog_version from catalog_edition").query(String.class).single())
				.isEqualTo("1.3");
			assertThat(jdbc.sql("select count(*) from degrees").query(Long.class).single()).isEqualTo(24L);
			assertThat(
					jdbc.sql("select count(*) from degrees where tuition_currency = 'EUR'").query(Long.class).single())
				.isZero();
			assertThat(jdbc.sql("select length_min from degrees where id = 'utec-blended-masters-data-science'")
				.query(Integer.class)
				.single()).isEqualTo(24);
			Integer checksum13 = catalogChecksum(jdbc);

			try (ConfigurableApplicationContext release = new SpringApplicationBuilder(SteppingStoneApplication.class)
				.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
						"--spring.datasource.password=")) {
				// The schema's next version (the exchange rates) comes with the new
				// release.
				assertThat(versions(jdbc)).containsExactlyElementsOf(versionsUpTo(Integer.MAX_VALUE));
				assertThat(catalogChecksum(jdbc)).isNotEqualTo(checksum13);
				assertThat(jdbc.sql("select catalog_version from catalog_edition").query(String.class).single())
					.isEqualTo("1.4");
				assertThat(jdbc.sql("select version from releases order by position").query(String.class).list())
					.containsExactly("1.4", "1.3", "1.1", "1.0");
				assertThat(jdbc.sql("select count(*) from degrees").query(Long.class).single()).isEqualTo(27L);
				assertThat(jdbc.sql("select count(*) from pathways").query(Long.class).single()).isEqualTo(38L);
				assertThat(jdbc
					.sql("select tuition_currency, tuition_amount from degrees"
							+ " where id = 'zlc-master-logistics-supply-chain-management'")
					.query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
					.single()).isEqualTo("EUR 24300");
				assertThat(jdbc.sql("select length_min from degrees where id = 'utec-blended-masters-data-science'")
					.query(Integer.class)
					.single()).isEqualTo(18);
				int port = ((WebServerApplicationContext) release).getWebServer().getPort();
				HttpResponse<String> feed = HttpClient.newHttpClient()
					.send(HttpRequest
						.newBuilder(URI.create(
								"http://localhost:" + port + "/degrees/utec-blended-masters-data-science/changes.atom"))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(feed.statusCode()).isEqualTo(200);
				assertThat(feed.body()).contains("Catalog 1.4: length_months, 24 months → 18 months");
			}
		}
		finally {
			JdbcClient.create(dataSource).sql("SHUTDOWN").update();
			dataSource.destroy();
		}
	}

	private static Integer catalogChecksum(JdbcClient jdbc) {
		return jdbc
			.sql("select \"checksum\" from \"flyway_schema_history\" where \"description\" = 'Catalog'"
					+ " and \"success\" order by \"installed_rank\" desc")
			.query(Integer.class)
			.list()
			.get(0);
	}

	private void upgrade(DataSource dataSource, String url, String user, String password) throws Exception {
		// The shipped release: its SQL migrations (V1-V6) and nothing else.
		ship(SCHEMA_OF_RELEASE_11);
		Flyway.configure().dataSource(dataSource).locations("filesystem:" + this.shipped).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		assertThat(versions(jdbc)).containsExactlyElementsOf(versionsUpTo(SCHEMA_OF_RELEASE_11));
		assertThat(jdbc.sql("select count(*) from sources").query(Long.class).single()).isEqualTo(97L);
		assertThat(jdbc.sql("select status from programs where id = 'columbiax-business-analytics'")
			.query(String.class)
			.single()).isEqualTo("unknown");

		try (ConfigurableApplicationContext release = new SpringApplicationBuilder(SteppingStoneApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password)) {
			assertThat(versions(jdbc)).containsExactlyElementsOf(versionsUpTo(Integer.MAX_VALUE));
			assertThat(jdbc.sql("select catalog_version from catalog_edition").query(String.class).single())
				.isEqualTo("1.4");
			assertThat(jdbc.sql("select count(*) from sources").query(Long.class).single()).isEqualTo(119L);
			assertThat(jdbc.sql("select count(*) from conflicts").query(Long.class).single()).isEqualTo(31L);
			assertThat(jdbc
				.sql("select status || ' ' || retired_on from programs" + " where id = 'columbiax-business-analytics'")
				.query(String.class)
				.single()).isEqualTo("retired 2021-08-30");
			assertThat(jdbc
				.sql("select tuition_currency, tuition_amount, tuition_value from degrees"
						+ " where id = 'hkust-msc-big-data-technology'")
				.query((rs, n) -> List.of(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString(),
						String.valueOf(rs.getBigDecimal(3))))
				.single()).containsExactly("HKD", "242000", "null");
			assertThat(
					jdbc.sql("select count(*) from programs where price_currency = 'USD' and price_amount is not null")
						.query(Long.class)
						.single())
				.isEqualTo(14L);
			// Catalog 1.4 reloaded the tables: the first release's dollar columns, which
			// the shipped V7 filled, are no longer written.
			assertThat(
					jdbc.sql("select count(*) from programs where price_value is not null").query(Long.class).single())
				.isZero();
			assertThat(jdbc.sql("select version from releases order by position").query(String.class).list())
				.containsExactly("1.4", "1.3", "1.1", "1.0");
			int port = ((WebServerApplicationContext) release).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/programs/columbiax-business-analytics"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("Business Analytics");
		}
	}

	/**
	 * Copies the versioned migrations up to a version, by number (V10 comes after V7),
	 * into the shipped release's location.
	 */
	private void ship(int lastVersion) throws IOException {
		for (Resource migration : MigrationFiles.versionedFiles()) {
			if (MigrationFiles.version(migration.getFilename()) <= lastVersion) {
				Files.copy(migration.getInputStream(), this.shipped.resolve(migration.getFilename()));
			}
		}
	}

	/** The versions on the classpath up to one, as Flyway's history writes them. */
	private static List<String> versionsUpTo(int lastVersion) {
		return MigrationFiles.versioned()
			.stream()
			.filter((version) -> version <= lastVersion)
			.map(String::valueOf)
			.toList();
	}

	private static List<String> versions(JdbcClient jdbc) {
		return jdbc
			.sql("select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null"
					+ " order by \"installed_rank\"")
			.query(String.class)
			.list();
	}

	private static boolean postgresRun() {
		return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
	}

}
