package org.steppingstone.api;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.SCM;
import static org.steppingstone.api.Api.texts;

/**
 * The API as HTTP: paginated, readable from any origin, cacheable like the pages, with
 * amounts as numbers.
 */
@ApiTest
class ApiHttpTests {

	@Autowired
	private Api api;

	@Autowired
	private RestTestClient client;

	@Test
	void shouldListProgramsByTitleTwentyToAPage() {
		JsonNode first = this.api.get("/api/v1/programs");
		// Retired programs are left out unless asked for.
		List<String> titles = this.api.column("select title from programs where status <> 'retired'");
		titles.sort(Collator.getInstance(Locale.ENGLISH));
		assertThat(first.get("totalItems").asInt()).isEqualTo(titles.size()).isEqualTo(25);
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(20);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(texts(first.get("items"), "title")).containsExactlyElementsOf(titles.subList(0, 20));
		assertThat(first.at("/links/next").asString()).isEqualTo("/api/v1/programs?size=20&page=1");
		assertThat(first.at("/links/prev").isNull()).isTrue();

		JsonNode second = this.api.get(first.at("/links/next").asString());
		assertThat(texts(second.get("items"), "title")).containsExactlyElementsOf(titles.subList(20, 25));
		assertThat(second.at("/links/prev").asString()).isEqualTo("/api/v1/programs?size=20&page=0");
		assertThat(second.at("/links/next").isNull()).isTrue();
		assertThat(this.api.get("/api/v1/programs?page=7").get("items")).isEmpty();
	}

	@Test
	void shouldLetAnyOriginReadTheApi() {
		fromAnotherOrigin(this.client.get().uri("/api/v1/degrees")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cross-Origin-Resource-Policy", "cross-origin");
		fromAnotherOrigin(this.client.method(HttpMethod.OPTIONS)
			.uri("/api/v1/programs?field=engineering")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match")).expectStatus()
			.isNoContent()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
			.expectHeader()
			.valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ".*If-None-Match.*");
		// Errors too, so that a browser script can read the problem.
		fromAnotherOrigin(this.client.get().uri("/api/v1/nope")).expectStatus().isNotFound();
	}

	/** Sends the request from a page on another site; any site may read the answer. */
	private RestTestClient.ResponseSpec fromAnotherOrigin(RestTestClient.RequestHeadersSpec<?> request) {
		return request.header(HttpHeaders.ORIGIN, "https://example.org")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

	@Test
	void shouldKeepThePagesSameOriginOnly() {
		this.client.get()
			.uri("/programs")
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.valueEquals("Cross-Origin-Resource-Policy", "same-origin");
	}

	@Test
	void shouldBeCacheableLikeThePagesWithoutSessionOrCookie() {
		EntityExchangeResult<String> first = this.client.get()
			.uri("/api/v1/programs?field=engineering")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL, ".*public.*max-age=\\d+.*")
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectBody(String.class)
			.returnResult();
		String etag = first.getResponseHeaders().getETag();
		this.client.get()
			.uri("/api/v1/programs?field=engineering")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		assertThat(Api.JSON.readTree(first.getResponseBody()).get("items")).isNotEmpty();
	}

	@Test
	void shouldWriteAmountsAsNumbersAndDatesAsIsoText() {
		String body = this.client.get()
			.uri("/api/v1/programs/" + SCM)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"price\":{\"amount\":1350.00,\"currency\":\"USD\"", "\"asOf\":\"2017-02-15\"");
	}

}
