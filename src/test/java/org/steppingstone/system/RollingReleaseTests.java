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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppingstone.CatalogJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rolling release on PostgreSQL, as an operator runs one: a replica of this release
 * serves under load with its page cache off (every request reads the database) while a
 * second process, a later release, starts on the same database and migrates it (three
 * migrations that each alter one of the busiest tables, from
 * {@code src/test/resources/db/next-release}, and a catalog one release newer): not one
 * answer is other than 2xx. Then this release, restarted on that database twice (a
 * replica rescheduled during the rollout, or a rollback), starts, says in one line each
 * that the database is newer and that its catalog file is older, serves, and keeps the
 * newer catalog. Each process and the cluster are the test's own ({@link AppProcess},
 * {@link PostgresCluster}).
 */
@Tag("integration")
class RollingReleaseTests {

	private static final String NEXT_TITLE = "Supply Chain Management (next release)";

	private static final List<String> PAGES = List.of("/programs", "/programs/" + CatalogJson.SCM, "/degrees",
			"/degrees/" + CatalogJson.SCM_DEGREE, "/pathways", "/pathways/" + CatalogJson.SCM_PATHWAY, "/routes",
			"/institutions/mit", "/calculator", "/api/v1/programs", "/api/v1/degrees", "/api/v1/pathways?minShare=25",
			"/changes");

	private static final int CONNECTIONS = 4;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path dir;

	@Test
	void shouldMigrateUnderLoadWithoutAFailedRequestAndRestartThisReleaseOnTheNewerDatabase() throws Exception {
		Path nextCatalog = CatalogJson.nextRelease(this.dir, "next", NEXT_TITLE);
		String nextRelease = nextRelease(nextCatalog);
		try (PostgresCluster database = PostgresCluster.start(15534, "/tmp/pg-rolling")) {
			List<String> arguments = List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + database.url(), "--spring.datasource.username=postgres",
					"--spring.datasource.password=");
			List<String> later = new ArrayList<>(arguments);
			later.addAll(List.of(
					"--spring.flyway.locations=classpath:db/migration,classpath:db/postgresql,classpath:db/next-release",
					"--spring.flyway.placeholders.catalog=" + nextCatalog.toUri()));
			List<String> serving = new ArrayList<>(arguments);
			serving.add("--steppingstone.page-cache.enabled=false");

			try (AppProcess replica = AppProcess.start(serving.toArray(String[]::new))) {
				String base = replica.awaitReady(Duration.ofSeconds(180));
				ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
				AtomicBoolean loading = new AtomicBoolean(true);
				ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
				for (int i = 0; i < CONNECTIONS; i++) {
					int offset = i;
					clients.submit(() -> {
						for (int n = offset; loading.get(); n += CONNECTIONS) {
							outcomes.add(send(base + PAGES.get(n % PAGES.size())));
						}
						return null;
					});
				}
				// Under load before the next release starts: the clients have had
				// answers.
				await().atMost(Duration.ofSeconds(30)).until(() -> outcomes.size() >= 50);
				long migrating;
				long migrated;
				try (AppProcess next = AppProcess.start(later.toArray(String[]::new))) {
					migrating = System.nanoTime();
					next.awaitReady(Duration.ofSeconds(240));
					migrated = System.nanoTime();
					// And on after it is ready: as many answers again.
					int before = outcomes.size();
					await().atMost(Duration.ofSeconds(30)).until(() -> outcomes.size() >= before + 50);
					loading.set(false);
					clients.shutdown();
					assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
					Files.writeString(Path.of("target", "RollingReleaseTests-next.log"), next.log());
					assertThat(next.log()).contains("Successfully applied 4 migrations");
				}
				Files.writeString(Path.of("target", "RollingReleaseTests-serving.log"), replica.log());

				List<Outcome> failed = outcomes.stream().filter((o) -> o.status() < 200 || o.status() > 299).toList();
				List<Long> during = outcomes.stream()
					.filter((o) -> o.started() >= migrating && o.started() <= migrated)
					.map(Outcome::millis)
					.sorted()
					.toList();
				System.out.printf(
						"Rolling release: %d requests on %d connections (page cache off), %d non-2xx; %d while the later"
								+ " release started and migrated (%.1f s), p99 %d ms, slowest %d ms%n",
						outcomes.size(), CONNECTIONS, failed.size(), during.size(), (migrated - migrating) / 1e9,
						during.isEmpty() ? 0 : during.get((int) Math.floor(during.size() * 0.99)),
						during.isEmpty() ? 0 : during.get(during.size() - 1));
				assertThat(failed).as("answers other than 2xx, or none").isEmpty();
				assertThat(during).as("requests served while the later release migrated").hasSizeGreaterThan(20);
				// The serving replica reads the later release's catalog at once.
				assertThat(get(base + "/programs/" + CatalogJson.SCM).body()).contains(NEXT_TITLE);
			}

			List<String> history = history(database);
			for (int restart = 1; restart <= 2; restart++) {
				try (AppProcess again = AppProcess.start(arguments.toArray(String[]::new))) {
					String base = again.awaitReady(Duration.ofSeconds(180));
					Files.writeString(Path.of("target", "RollingReleaseTests-restart-" + restart + ".log"),
							again.log());
					assertThat(again.count("that is newer than the latest available migration"))
						.as("restart " + restart)
						.isEqualTo(1);
					assertThat(again.count("catalog.json holds release")).isEqualTo(1);
					assertThat(again.log()).contains("older than release " + nextRelease
							+ " in the database: not loaded; the database's newer data is served");
					HttpResponse<String> program = get(base + "/programs/" + CatalogJson.SCM);
					assertThat(program.statusCode()).isEqualTo(200);
					assertThat(program.body()).contains(NEXT_TITLE);
					assertThat(get(base + "/changes").body()).contains(nextRelease);
					assertThat(get(base + "/api/v1/degrees").statusCode()).isEqualTo(200);
					System.out.printf(
							"Rolling release: this release restarted (%d) on the later release's database:%n"
									+ "  %s%n  %s%n",
							restart, line(again, "that is newer than the latest available migration"),
							line(again, "catalog.json holds release"));
				}
			}
			assertThat(history(database)).as("the restarts ran and recorded nothing").isEqualTo(history);
			assertThat(history).noneMatch((row) -> row.endsWith("false"));
		}
	}

	private static String nextRelease(Path catalog) throws Exception {
		return tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(catalog.toFile())
			.get("releases")
			.get(0)
			.get("version")
			.asString();
	}

	private static String line(AppProcess app, String text) {
		return app.log().lines().filter((line) -> line.contains(text)).findFirst().orElse("");
	}

	/** Flyway's history: rank, version or description, checksum and success. */
	private static List<String> history(PostgresCluster database) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = database.connect()) {
			ResultSet row = connection.createStatement()
				.executeQuery("select installed_rank || ' ' || coalesce(version, description) || ' ' || "
						+ "coalesce(checksum::text, '') || ' ' || success from flyway_schema_history order by 1");
			while (row.next()) {
				rows.add(row.getString(1));
			}
		}
		return rows;
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private Outcome send(String url) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = get(url);
			return new Outcome(url, started, (System.nanoTime() - started) / 1_000_000, response.statusCode());
		}
		catch (Exception ex) {
			return new Outcome(url + " " + ex, started, (System.nanoTime() - started) / 1_000_000, 0);
		}
	}

	/** A load request: status 0 when no answer came. */
	private record Outcome(String url, long started, long millis, int status) {
	}

}
