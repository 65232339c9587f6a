package org.steppingstone.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and load balancers see: probes, build information and metrics; nothing
 * sensitive; no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OperationsTests {

	@Autowired
	private RestTestClient client;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void shouldAnswerHealthProbes(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("\"status\":\"UP\""));
	}

	@Test
	void shouldShowBuildInformation() {
		this.client.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("\"artifact\":\"stepping-stone\""));
	}

	@Test
	void shouldExposeMetricsForPrometheus() {
		this.client.get().uri("/").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/configprops", "/actuator/heapdump", "/actuator/beans",
			"/actuator/threaddump", "/actuator/loggers", "/actuator/mappings" })
	void shouldNotExposeSensitiveEndpoints(String path) {
		this.client.get().uri(path).exchange().expectStatus().isNotFound();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/", "/programs", "/programs/mitx-supply-chain-management", "/programs?maxPrice=x", "/nope" })
	void shouldCreateNoSessionAndSetNoCookie(String path) {
		this.client.get().uri(path).exchange().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
	}

}
