package org.steppingstone.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.steppingstone.RawHttp;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The load balancer of the multi-machine example ({@code deploy/haproxy.cfg}, run by
 * {@code compose.yaml}): HAProxy's own check accepts it, and, run in front of this app
 * and a replica that is down, it answers every request, sends traffic only to a ready
 * replica, overrides forwarded headers a client sends and keeps Actuator to itself. Needs
 * the {@code haproxy} binary (Debian package {@code haproxy}): skipped without it, except
 * under STEPPINGSTONE_REQUIRE_BROWSER=true (as in CI), where it fails instead.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBalancerTests {

	private static final File HAPROXY = new File("/usr/sbin/haproxy");

	private static final Path CONFIG = Path.of("deploy/haproxy.cfg");

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@BeforeAll
	static void assumeHaproxy() {
		boolean available = HAPROXY.canExecute();
		if (!available && "true".equals(System.getenv("STEPPINGSTONE_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("haproxy is required (STEPPINGSTONE_REQUIRE_BROWSER=true): "
					+ "apt-get install --no-install-recommends haproxy");
		}
		assumeTrue(available, "haproxy not installed: apt-get install --no-install-recommends haproxy");
	}

	@Test
	void shouldPassHaproxysOwnCheck() throws Exception {
		Process check = new ProcessBuilder(HAPROXY.getPath(), "-c", "-f", CONFIG.toString()).redirectErrorStream(true)
			.start();
		String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(check.exitValue()).as(output).isZero();
		assertThat(output).contains("Configuration file is valid").doesNotContain("[ALERT]");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldBeTheOneComposeRunsInFrontOfTwoReplicasAndPostgres() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		assertThat(services).containsOnlyKeys("db", "app1", "app2", "lb");
		assertThat((List<String>) services.get("lb").get("volumes"))
			.containsExactly("./deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
		for (String app : List.of("app1", "app2")) {
			Map<String, Object> environment = (Map<String, Object>) services.get(app).get("environment");
			assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
				.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/steppingstone");
			assertThat(services.get(app)).doesNotContainKey("ports");
		}
		assertThat(Files.readString(CONFIG)).contains("server app1 \"${APP1-app1:8080}\"",
				"server app2 \"${APP2-app2:8080}\"", "uri /actuator/health/readiness");
	}

	@Test
	void shouldRouteOnlyToAReadyReplica() throws Exception {
		int lbPort = freePort();
		Path log = Path.of("target/haproxy-test.log");
		ProcessBuilder builder = new ProcessBuilder(HAPROXY.getPath(), "-db", "-f", CONFIG.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("LB_BIND", "127.0.0.1:" + lbPort, "APP1", "127.0.0.1:" + this.port, "APP2",
					"127.0.0.1:" + freePort()));
		Process haproxy = builder.start();
		RawHttp lb = new RawHttp(lbPort);
		try {
			// app2 is down: the health check takes it out, and until then a refused
			// connection is retried on app1.
			assertThat(await(lb, (status) -> status == 200, Duration.ofSeconds(15))).isEqualTo(200);
			for (int i = 0; i < 20; i++) {
				assertThat(lb.send(RawHttp.get("/programs")).status()).isEqualTo(200);
			}
			RawHttp.Response page = lb.send(RawHttp.get("/programs/mitx-finance", "X-Forwarded-Host: evil.example",
					"X-Forwarded-Proto: https"));
			assertThat(page.body()).contains("<link rel=\"canonical\" href=\"http://localhost/programs/mitx-finance\">")
				.doesNotContain("evil.example");
			assertThat(page.header("Strict-Transport-Security")).isNull();
			assertThat(lb.send(RawHttp.get("/actuator/prometheus")).status()).isEqualTo(404);

			AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
			assertThat(await(lb, (status) -> status == 503, Duration.ofSeconds(15))).isEqualTo(503);
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(await(lb, (status) -> status == 200, Duration.ofSeconds(15))).isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
			haproxy.destroy();
			haproxy.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Asks for / until the status matches or the time is up; returns the last status. */
	private static int await(RawHttp lb, IntPredicate expected, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		int status = -1;
		while (System.nanoTime() < deadline) {
			try {
				status = lb.send(RawHttp.get("/")).status();
			}
			catch (RuntimeException ex) {
				// not listening yet
				status = -1;
			}
			if (expected.test(status)) {
				return status;
			}
			Thread.sleep(200);
		}
		return status;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
