package org.steppingstone.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.steppingstone.data.MigrationFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas started at the same moment against one empty PostgreSQL database, as a
 * load balancer's pool would be after a first deployment: both come up, Flyway migrates
 * once (the other replica waits for its lock and finds nothing to do), the history holds
 * each migration once and none failed, and both replicas answer every page of the sitemap
 * with the same ETag and Last-Modified, so a CDN or browser may revalidate against
 * either.
 */
@Tag("integration")
class ReplicaTests {

	/**
	 * Flyway's history on a new database, in order: each versioned migration, then the
	 * catalog's repeatable one.
	 */
	private static final List<String> MIGRATIONS = migrations();

	private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void shouldStartTwoReplicasOnAnEmptyDatabaseThatAgreeOnEveryPage() throws Exception {
		try (PostgresCluster database = PostgresCluster.start(15533, "/tmp/pg-replicas")) {
			String[] arguments = { "--spring.profiles.active=postgres", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=" };
			try (Connection gate = database.connect();
					AppProcess first = AppProcess.start(arguments);
					AppProcess second = AppProcess.start(arguments)) {
				// Both replicas reach Flyway while the test holds Flyway's lock, then
				// contend for it the moment it is released: they never start a second
				// apart by chance.
				holdFlywayLock(gate, true);
				first.awaitLog("FlywayExecutor", 1, Duration.ofSeconds(180));
				second.awaitLog("FlywayExecutor", 1, Duration.ofSeconds(180));
				// Neither writes the history while the test holds the lock: checked again
				// and again for 3 s, not once after a sleep (without the lock the first
				// migration is in the history well within that).
				await("no replica migrates while the lock is held").during(Duration.ofSeconds(3))
					.atMost(Duration.ofSeconds(5))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> history(database).isEmpty());
				holdFlywayLock(gate, false);
				String a = first.awaitReady(Duration.ofSeconds(180));
				String b = second.awaitReady(Duration.ofSeconds(180));
				System.out.printf("Replicas: started in %.1f s and %.1f s (as each logs it, JVM included)%n",
						first.startSeconds(), second.startSeconds());
				Files.writeString(Path.of("target", "ReplicaTests-first.log"), first.log());
				Files.writeString(Path.of("target", "ReplicaTests-second.log"), second.log());

				List<String> logs = List.of(first.log(), second.log());
				assertThat(logs.stream()
					.filter((log) -> log.contains("Successfully applied " + MIGRATIONS.size() + " migrations")))
					.as("exactly one replica migrated")
					.hasSize(1);
				assertThat(logs.stream().filter((log) -> log.contains("is up to date. No migration necessary")))
					.as("the other found the schema up to date")
					.hasSize(1);
				assertThat(history(database)).containsExactlyElementsOf(MIGRATIONS);

				String sitemap = get(a + "/sitemap.xml").body();
				List<String> paths = new ArrayList<>();
				Matcher loc = LOC.matcher(sitemap);
				while (loc.find()) {
					URI page = URI.create(loc.group(1));
					paths.add(page.getRawPath() + ((page.getRawQuery() != null) ? "?" + page.getRawQuery() : ""));
				}
				assertThat(paths).hasSizeGreaterThan(50).contains("/", "/programs", "/degrees");
				for (String path : paths) {
					HttpResponse<String> fromFirst = get(a + path);
					HttpResponse<String> fromSecond = get(b + path);
					assertThat(fromFirst.statusCode()).as(path).isEqualTo(200);
					assertThat(fromSecond.statusCode()).as(path).isEqualTo(200);
					assertThat(fromFirst.headers().firstValue("ETag")).as(path)
						.isPresent()
						.isEqualTo(fromSecond.headers().firstValue("ETag"));
					assertThat(fromFirst.headers().firstValue("Last-Modified")).as(path)
						.isPresent()
						.isEqualTo(fromSecond.headers().firstValue("Last-Modified"));
				}
				System.out.printf("Replicas: %d pages of the sitemap, same ETag and Last-Modified on both (%s, %s)%n",
						paths.size(), get(a + "/").headers().firstValue("ETag").orElse(""),
						get(a + "/").headers().firstValue("Last-Modified").orElse(""));
			}
		}
	}

	/**
	 * Every row of Flyway's history (version and success, in the order applied); none
	 * before the table exists.
	 */
	private static List<String> history(PostgresCluster database) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = database.connect()) {
			ResultSet row = connection.createStatement()
				.executeQuery("select to_regclass('public.flyway_schema_history') is not null as present");
			row.next();
			if (!row.getBoolean(1)) {
				return rows;
			}
			row = connection.createStatement()
				.executeQuery(
						"select coalesce(version, 'R ' || description), success from flyway_schema_history order by installed_rank");
			while (row.next()) {
				rows.add(row.getString(1) + " " + row.getBoolean(2));
			}
		}
		return rows;
	}

	private static long flywayLockKey() {
		return 77431708279161L + "\"public\".\"flyway_schema_history\"".hashCode();
	}

	/**
	 * Takes or releases the advisory lock Flyway takes on PostgreSQL before it touches
	 * the schema: its number is a constant plus the hash of the history table's name.
	 */
	private static void holdFlywayLock(Connection connection, boolean hold) throws Exception {
		long key = flywayLockKey();
		connection.createStatement()
			.execute("select " + (hold ? "pg_advisory_lock(" : "pg_advisory_unlock(") + key + ")");
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * What Flyway applies to an empty database: the newest baseline script, the versioned
	 * migrations after it, then the catalog.
	 */
	private static List<String> migrations() {
		int baseline = MigrationFiles.baseline();
		List<String> rows = new ArrayList<>();
		rows.add(baseline + " true");
		MigrationFiles.versioned()
			.stream()
			.filter((version) -> version > baseline)
			.forEach((version) -> rows.add(version + " true"));
		rows.add("R Catalog true");
		rows.add("R Rates true");
		return rows;
	}

}
