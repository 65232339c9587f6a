package org.steppingstone.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running server over real HTTP: pages, assets, errors, and no session for visitors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class HttpTests {

	@Autowired
	private RestTestClient client;

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
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("This request cannot be answered"));
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

}
