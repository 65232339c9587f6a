package org.steppingstone.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that needs a lock a running replica's read holds, on PostgreSQL: it waits
 * at most {@code lock_timeout} (200 ms, the {@code beforeEachMigrate} callback of
 * {@code db/postgresql}), is rolled back and run again by start-up ({@link Migrations})
 * until the read is done; meanwhile other reads of the same table, queued behind it, are
 * each answered within a moment and none fails. In a database of its own in the suite's
 * PostgreSQL run.
 */
@Tag("integration")
@ExtendWith(OutputCaptureExtension.class)
class MigrationLockTests {

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

	@Test
	void shouldWaitBrieflyForAReaderAndRetryWithoutEverFailingAReader(CapturedOutput output) throws Exception {
		Assumptions.assumeTrue(
				Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres"),
				"PostgreSQL only: lock_timeout is PostgreSQL's. Set STEPPINGSTONE_TEST_POSTGRES_URL to run it.");
		String serverUrl = System.getProperty("spring.datasource.url");
		String user = System.getProperty("spring.datasource.username", "postgres");
		String password = System.getProperty("spring.datasource.password", "");
		Matcher matcher = POSTGRES_URL.matcher(serverUrl);
		assertThat(matcher.matches()).as(serverUrl).isTrue();
		String name = "steppingstone_locks_" + System.nanoTime();
		String url = matcher.group(1) + name + matcher.group(3);
		try (Connection server = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = server.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
			try {
				DriverManagerDataSource database = new DriverManagerDataSource(url, user, password);
				flyway(database, "classpath:db/migration", "classpath:db/postgresql").migrate();
				JdbcClient jdbc = JdbcClient.create(database);
				List<Long> readMillis = new ArrayList<>();
				CompletableFuture<Void> migration;
				try (Connection reader = database.getConnection()) {
					// A replica's read, in a transaction that holds its table for 1.5 s.
					reader.setAutoCommit(false);
					reader.createStatement().executeQuery("select count(*) from programs").close();
					migration = CompletableFuture
						.runAsync(
								() -> Migrations.migrate(
										flyway(database, "classpath:db/migration", "classpath:db/postgresql",
												"classpath:db/next-release"),
										Migrations.ATTEMPTS, Duration.ofMillis(100)));
					long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
					while (System.nanoTime() < until) {
						long start = System.nanoTime();
						assertThat(jdbc.sql("select count(*) from programs").query(Long.class).single()).isPositive();
						readMillis.add((System.nanoTime() - start) / 1_000_000);
						Thread.sleep(20);
					}
					assertThat(migration).as("the migration waits for the read").isNotDone();
					reader.commit();
				}
				migration.get(60, TimeUnit.SECONDS);
				System.out.printf("Locks: %d reads while the migration waited, slowest %d ms%n", readMillis.size(),
						readMillis.stream().mapToLong(Long::longValue).max().orElse(0));
				assertThat(readMillis).hasSizeGreaterThan(4).allSatisfy((ms) -> assertThat(ms).isLessThan(1000));
				assertThat(output.getOut()).contains("A migration waited too long for a lock held by running replicas");
				assertThat(jdbc
					.sql("select \"version\" || ' ' || \"success\" from \"flyway_schema_history\""
							+ " where \"version\" like '100%' order by \"installed_rank\"")
					.query(String.class)
					.list()).containsExactly("1000 true", "1001 true", "1002 true");
				assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where not \"success\"")
					.query(Long.class)
					.single()).isZero();
			}
			finally {
				statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
			}
		}
	}

	private static Flyway flyway(DriverManagerDataSource database, String... locations) {
		return Flyway.configure().dataSource(database).locations(locations).load();
	}

}
