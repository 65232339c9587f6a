package org.steppingstone.system;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.steppingstone.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server over real HTTP: pages, assets, errors, no session for visitors, and
 * the connector's limits (application.properties, README "Deploying").
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class HttpTests {

	@Autowired
	private RestTestClient client;

	@LocalServerPort
	private int port;

	@Test
	void shouldServeTheHomePageWithoutASession() {
		this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Is a MicroMasters a degree?", "Graduate-Level Content"));
	}

	@Test
	void shouldServeTheStylesheetFingerprintedAndCachedForAYear() {
		String html = this.client.get()
			.uri("/compare")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String css = html.replaceAll("(?s).*href=\"(/assets/css/site-[0-9a-f]{32}\\.css)\".*", "$1");
		assertThat(css).startsWith("/assets/css/site-");
		this.client.get()
			.uri(css)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic());
	}

	@Test
	void shouldAnswerAnUnknownPageWithAnHtmlNotFoundPageEvenForNonBrowsers() {
		this.client.get()
			.uri("/programs/no-such-program")
			.accept(MediaType.ALL)
			.exchange()
			.expectStatus()
			.isNotFound()
			// Stored by no cache in place of a page that may exist tomorrow.
			.expectHeader()
			.cacheControl(CacheControl.noCache())
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("We could not find that page").doesNotContain("Exception"));
	}

	@Test
	void shouldRefuseWritesWithMethodNotAllowed() {
		this.client.post()
			.uri("/programs")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueMatches(HttpHeaders.ALLOW, ".*GET.*")
			.expectHeader()
			.cacheControl(CacheControl.noCache())
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("This request cannot be answered",
					"<title>Something went wrong — Stepping Stone</title>"));
	}

	@Test
	void shouldSendStrictSecurityHeadersOnEveryResponse() {
		for (String path : new String[] { "/", "/programs?maxPrice=x", "/nope", "/actuator/health" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectHeader()
				.valueEquals("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
				.expectHeader()
				.valueEquals("Cross-Origin-Opener-Policy", "same-origin")
				.expectHeader()
				.exists("Permissions-Policy")
				.expectHeader()
				.doesNotExist("Strict-Transport-Security");
		}
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void shouldRequireHttpsForAYearWhenServedOverHttps() {
		this.client.get()
			.uri("/")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
	}

	@Test
	void shouldReportHealth() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("UP"));
	}

	@Nested
	class ConnectorLimits {

		private final RawHttp http = new RawHttp(HttpTests.this.port);

		@Test
		void shouldRefuseRequestLinesAndHeadersOverSixteenKilobytes() {
			String near = "a".repeat(15 * 1024);
			String over = "a".repeat(17 * 1024);
			assertThat(this.http.send(RawHttp.get("/programs?utm=" + near)).status()).isEqualTo(200);
			assertThat(this.http.send(RawHttp.get("/programs", "X-Note: " + near)).status()).isEqualTo(200);
			for (String request : new String[] { RawHttp.get("/programs?utm=" + over),
					RawHttp.get("/programs", "X-Note: " + over) }) {
				RawHttp.Response response = this.http.send(request);
				assertThat(response.status()).isEqualTo(400);
				assertThat(response.body()).contains("<title>HTTP Status 400").doesNotContain("Tomcat");
			}
		}

		@Test
		void shouldRefuseMoreThanOneHundredParameters() {
			String hundred = parameters(100);
			RawHttp.Response page = this.http.send(RawHttp.get("/programs?" + hundred));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("MicroMasters programs");
			RawHttp.Response tooMany = this.http.send(RawHttp.get("/programs?" + hundred + "&one=more"));
			assertThat(tooMany.status()).isEqualTo(400);
			assertThat(tooMany.body()).contains("<main", "site-header").doesNotContain("Exception");
			RawHttp.Response api = this.http.send(RawHttp.get("/api/v1/programs?" + hundred + "&one=more"));
			assertThat(api.status()).isEqualTo(400);
			assertThat(api.header("Content-Type")).startsWith("application/problem+json");
			assertThat(this.http.send(RawHttp.get("/api/v1/programs?" + hundred)).status()).isEqualTo(200);
		}

		/**
		 * A request that never finishes is dropped after the connection time-out (10 s),
		 * an idle connection after the keep-alive time-out (20 s); both are watched at
		 * once.
		 */
		@Test
		void shouldCloseStalledAndIdleConnections() throws Exception {
			try (RawHttp.Connection stalled = this.http.open(); RawHttp.Connection idle = this.http.open()) {
				stalled.write("GET /programs HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");
				idle.write("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n");
				assertThat(idle.read().status()).isEqualTo(200);
				CompletableFuture<Duration> stalledClosed = CompletableFuture
					.supplyAsync(() -> stalled.awaitClose(Duration.ofSeconds(40)));
				Duration idleClosed = idle.awaitClose(Duration.ofSeconds(40));
				assertThat(stalledClosed.get()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(15));
				assertThat(idleClosed).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(26));
			}
		}

		@Test
		void shouldCloseAConnectionAfterAThousandRequests() {
			try (RawHttp.Connection connection = this.http.open()) {
				for (int i = 1; i <= 1000; i++) {
					connection.write("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n");
					RawHttp.Response response = connection.read();
					assertThat(response.status()).isEqualTo(200);
					assertThat(response.header("Connection")).as("Connection header of response " + i)
						.isEqualTo((i < 1000) ? null : "close");
				}
				assertThat(connection.awaitClose(Duration.ofSeconds(5))).isNotNull();
			}
		}

		/**
		 * Bodies are never read: up to 64 KB is drained so that the connection can serve
		 * the next request, a longer one closes it.
		 */
		@Test
		void shouldDrainSmallBodiesAndCloseTheConnectionOnLargeOnes() {
			try (RawHttp.Connection connection = this.http.open()) {
				connection.write(post(60_000) + "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n");
				assertThat(connection.read().status()).isEqualTo(405);
				assertThat(connection.read().status()).isEqualTo(200);
			}
			try (RawHttp.Connection connection = this.http.open()) {
				connection.write(post(70_000));
				RawHttp.Response response = connection.read();
				assertThat(response.status()).isEqualTo(405);
				assertThat(response.header("Connection")).isEqualTo("close");
				assertThat(connection.read()).isNull();
			}
		}

		private static String post(int length) {
			return "POST /programs HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: " + length
					+ "\r\n\r\n" + "a".repeat(length);
		}

		private static String parameters(int count) {
			return IntStream.range(0, count).mapToObj((i) -> "p" + i + "=x").collect(Collectors.joining("&"));
		}

	}

}
