package org.steppingstone.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app on PostgreSQL while the database is stopped and started again: pages already in
 * the page cache keep answering; every other page and API request is a 503 within 2
 * seconds, with {@code Retry-After}, a page in the site's layout or a problem detail, and
 * nothing of the failure's internals; liveness stays UP while readiness says DOWN; once
 * the database is back, the same requests succeed within 30 seconds without a restart.
 * The app runs as its own process against a private cluster (see
 * {@link PostgresCluster}).
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTests {

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

	private static final List<String> CACHED = List.of("/", "/programs", "/api/v1/programs",
			"/degrees/mit-masters-supply-chain-management");

	private static final List<String> PAGES = List.of("/compare", "/programs/mitx-finance", "/degrees",
			"/pathways?kind=credit", "/institutions/mit", "/sources", "/calculator", "/compare/credentials",
			"/programs.csv", "/sitemap.xml");

	private static final List<String> API = List.of("/api/v1/degrees", "/api/v1/programs/mitx-finance",
			"/api/v1/pathways?minShare=25", "/api/v1/institutions", "/api/v1/sources");

	private static final List<String> INTERNALS = List.of("Exception", "at org.", "java.", "org.postgresql", "PSQL",
			"jdbc", "Hikari", "SQL", "Connection", "127.0.0.1:");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private PostgresCluster database;

	private AppProcess app;

	private String base;

	@BeforeAll
	void startTheAppOnItsOwnDatabase() throws Exception {
		this.database = PostgresCluster.start(15532, "/tmp/pg-outage");
		this.app = AppProcess.start("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + this.database.url(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=");
		this.base = this.app.awaitReady(Duration.ofSeconds(120));
	}

	@AfterAll
	void stopEverything() throws Exception {
		if (this.app != null) {
			this.app.close();
			// What the app logged during the outage, for whoever reads the test's output.
			Files.writeString(Path.of("target", "DatabaseOutageTests-app.log"), this.app.log());
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void shouldAnswerAnOutageQuicklyAndRecoverByItself() throws Exception {
		for (String path : CACHED) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
		this.database.stop();
		long stopped = System.nanoTime();

		for (String path : CACHED) {
			Timed answer = timed(path);
			assertThat(answer.response().statusCode()).as("cached " + path).isEqualTo(200);
			report("cached page " + path, answer);
		}
		for (String path : PAGES) {
			Timed answer = timed(path);
			HttpResponse<String> page = answer.response();
			report("page " + path, answer);
			assertThat(page.statusCode()).as(path).isEqualTo(503);
			assertThat(answer.elapsed()).as(path).isLessThan(ANSWER_WITHIN);
			assertThat(page.headers().firstValue("Retry-After")).as(path).hasValue("30");
			assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			assertThat(page.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(page.body()).as(path)
				.contains("This page is briefly unavailable", "database cannot be reached", "site-header",
						"site-footer")
				.doesNotContain(INTERNALS.toArray(String[]::new));
		}
		for (String path : API) {
			Timed answer = timed(path);
			HttpResponse<String> problem = answer.response();
			report("API " + path, answer);
			assertThat(problem.statusCode()).as(path).isEqualTo(503);
			assertThat(answer.elapsed()).as(path).isLessThan(ANSWER_WITHIN);
			assertThat(problem.headers().firstValue("Retry-After")).as(path).hasValue("30");
			assertThat(problem.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			assertThat(problem.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
			assertThat(problem.body()).as(path)
				.contains("\"status\":503", "\"title\":\"Service Unavailable\"", "database cannot be reached")
				.doesNotContain(INTERNALS.toArray(String[]::new));
		}
		Timed liveness = timed("/actuator/health/liveness");
		report("liveness", liveness);
		assertThat(liveness.response().statusCode()).isEqualTo(200);
		assertThat(liveness.response().body()).contains("\"UP\"");
		Timed readiness = timed("/actuator/health/readiness");
		report("readiness", readiness);
		assertThat(readiness.response().statusCode()).isEqualTo(503);
		assertThat(readiness.response().body()).contains("\"DOWN\"");
		assertThat(readiness.elapsed()).isLessThan(ANSWER_WITHIN);
		System.out.printf("Outage: every check above took %.1f s after the database stopped%n",
				(System.nanoTime() - stopped) / 1e9);

		this.database.resume();
		long resumed = System.nanoTime();
		await("recovered within 30 s of the database's return").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get("/degrees").statusCode() == 200 && get("/api/v1/degrees").statusCode() == 200
					&& get("/actuator/health/readiness").statusCode() == 200);
		Duration recovery = Duration.ofNanos(System.nanoTime() - resumed);
		System.out.printf("Outage: recovered %d ms after the database was running again%n", recovery.toMillis());
		for (String path : PAGES) {
			assertThat(get(path).statusCode()).as("after recovery " + path).isEqualTo(200);
		}
		for (String path : API) {
			assertThat(get(path).statusCode()).as("after recovery " + path).isEqualTo(200);
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private Timed timed(String path) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = get(path);
		return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
	}

	private static void report(String what, Timed answer) {
		System.out.printf("Outage: %-45s %d in %4d ms%n", what, answer.response().statusCode(),
				answer.elapsed().toMillis());
	}

	private record Timed(HttpResponse<String> response, Duration elapsed) {
	}

}
