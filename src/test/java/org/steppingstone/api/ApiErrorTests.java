package org.steppingstone.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.steppingstone.RawHttp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.api.Api.texts;

/**
 * What the API answers to a request it cannot serve: RFC 9457 problem details, never a
 * page or a server error.
 */
@ApiTest
class ApiErrorTests {

	@Autowired
	private Api api;

	@Autowired
	private RestTestClient client;

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource({ "/api/v1/programs/no-such-program, programs", "/api/v1/degrees/no-such-degree, degrees",
			"/api/v1/pathways/no-such-pathway, pathways" })
	void shouldAnswerAnUnknownSlugWithANotFoundProblem(String path, String collection) {
		JsonNode problem = this.api.problem(HttpMethod.GET, path, HttpStatus.NOT_FOUND);
		assertThat(problem.get("title").asString()).isEqualTo("Not Found");
		assertThat(problem.get("detail").asString()).contains("GET /api/v1/" + collection);
		assertThat(problem.get("instance").asString()).isEqualTo(path);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/api/v1/programs?maxPrice=abc | maxPrice | Maximum price: enter a number from 0 to 1,000,000 in the chosen currency, such as 1500",
			"/api/v1/programs?maxPrice=-5 | maxPrice | Maximum price: enter a number from 0 to 1,000,000 in the chosen currency, such as 1500",
			"/api/v1/programs?maxMonths=1.5 | maxMonths | Maximum length (months): enter a whole number of months from 0 to 120, such as 12",
			"/api/v1/programs?credit=maybe | credit | Only programs with a credit pathway: tick the box or leave it empty (in an address, true or false)",
			"/api/v1/programs?field=astrology | field | Field: choose one of the fields in the menu (in an address, its id, such as engineering)",
			"/api/v1/programs?sort=random | sort | Sort by: choose title, price, length or share from the menu",
			"/api/v1/programs?institution=no-such-university | institution | University: no university in the catalog has this id; choose one from the menu",
			"/api/v1/programs?country=ZZ | country | Receiving university's country: no receiving university in the catalog is in this country; choose one from the menu",
			"/api/v1/pathways?minShare=101 | minShare | Minimum share of the degree (%): enter a percentage from 0 to 100, such as 25",
			"/api/v1/pathways?kind=gift | kind | Kind: choose credit, admission or non-degree from the menu",
			"/api/v1/pathways?institution=no-such-university | institution | Receiving university: no receiving university in the catalog has this id; choose one from the menu",
			"/api/v1/programs?page=-1 | page | Page: enter a whole number from 0, such as 2",
			"/api/v1/degrees?page=abc | page | Page: enter a whole number from 0, such as 2",
			"/api/v1/degrees?country=ZZ | country | Country: no degree in the catalog is in this country; choose one from the menu",
			"/api/v1/degrees?country=usa | country | Country: choose one from the menu (in an address, a two-letter code such as US)",
			"/api/v1/degrees?field=astrology | field | Field: choose one of the fields in the menu (in an address, its id, such as engineering)",
			"/api/v1/degrees?delivery=by-post | delivery | Delivery: choose on campus, online or blended from the menu (in an address, on-campus, online or blended)",
			"/api/v1/degrees?tuitionStated=maybe | tuitionStated | Tuition stated by our sources: choose yes or no from the menu (in an address, true or false)",
			"/api/v1/degrees?accepts=2 | accepts | Accepts a MicroMasters for credit: choose yes or no from the menu (in an address, true or false)",
			"/api/v1/sources?size=0 | size | Page size: enter a whole number from 1 to 100, such as 20",
			"/api/v1/institutions?size=101 | size | Page size: enter a whole number from 1 to 100, such as 20",
			"/api/v1/pathways?size=99999999999999 | size | Page size: enter a whole number from 1 to 100, such as 20" })
	void shouldNameARefusedParameterWithWhatItAllows(String path, String name, String reason) {
		JsonNode problem = this.api.problem(HttpMethod.GET, path, HttpStatus.BAD_REQUEST);
		assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
		assertThat(problem.get("invalidParams")).hasSize(1);
		assertThat(problem.at("/invalidParams/0/name").asString()).isEqualTo(name);
		assertThat(problem.at("/invalidParams/0/reason").asString()).isEqualTo(reason);
	}

	@Test
	void shouldRefuseWithTheSameMessageAsTheCatalogPage() {
		String onPage = Jsoup.parse(this.api.html("/programs?maxPrice=abc&country=ZZ"))
			.select(".error-summary li")
			.text();
		JsonNode problem = this.api.problem(HttpMethod.GET, "/api/v1/programs?maxPrice=abc&country=ZZ&size=0",
				HttpStatus.BAD_REQUEST);
		assertThat(texts(problem.get("invalidParams"), "name")).containsExactly("maxPrice", "country", "size");
		for (String reason : texts(problem.get("invalidParams"), "reason").subList(0, 2)) {
			assertThat(onPage).contains(reason);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/nope", "/api/v2/programs", "/api", "/api/v1/programs/x/courses",
			"/api/v1/institutions/mit" })
	void shouldAnswerAnUnmappedApiPathWithANotFoundProblem(String path) {
		JsonNode problem = this.api.problem(HttpMethod.GET, path, HttpStatus.NOT_FOUND);
		assertThat(problem.get("detail").asString()).contains("/v3/api-docs");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH" })
	void shouldRefuseWritesWithAMethodNotAllowedProblem(String method) {
		EntityExchangeResult<String> result = this.client.method(HttpMethod.valueOf(method))
			.uri("/api/v1/programs")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"title\":\"x\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "GET, HEAD")
			.expectBody(String.class)
			.returnResult();
		JsonNode problem = Api.JSON.readTree(result.getResponseBody());
		assertThat(problem.get("status").asInt()).isEqualTo(405);
		assertThat(problem.get("detail").asString()).contains("read-only");
	}

	@Test
	void shouldAnswerAClientThatAcceptsOnlyHtmlWithAProblemNotAPage() {
		this.client.get()
			.uri("/api/v1/programs")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_ACCEPTABLE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	static Stream<String> hostile() {
		List<String> values = List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%20'1'='1", "-5",
				"99999999999999999999999999999", "1e400", "NaN", "%E0%A4%A", "%FF%FE", "%00", "..%2F..%2Fetc%2Fpasswd",
				"a".repeat(3000), "%F0%9F%98%80");
		List<String> requests = new ArrayList<>();
		for (String parameter : List.of("field", "institution", "maxPrice", "maxMonths", "credit", "country", "q",
				"sort", "page", "size")) {
			values.forEach((v) -> requests.add("/api/v1/programs?" + parameter + "=" + v));
		}
		for (String parameter : List.of("kind", "minShare", "country", "institution", "page")) {
			values.forEach((v) -> requests.add("/api/v1/pathways?" + parameter + "=" + v));
		}
		for (String slug : List.of("%3Cscript%3E", "MITX-SUPPLY-CHAIN-MANAGEMENT", "a".repeat(3000), "%E0%A4%A",
				"'%20OR%201=1--", "%2e%2e")) {
			requests.add("/api/v1/programs/" + slug);
			requests.add("/api/v1/degrees/" + slug);
			requests.add("/api/v1/pathways/" + slug);
		}
		return requests.stream();
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void shouldAnswerHostileInputWithJsonAndNeverAServerError(String pathAndQuery) {
		RawHttp.Response response = new RawHttp(this.port).send(RawHttp.get(pathAndQuery, "Accept: application/json"));
		assertThat(response.status()).as("status").isLessThan(500);
		String contentType = response.header("Content-Type");
		String body = response.body();
		if (response.status() >= 400 && !body.isEmpty() && !body.contains("<title>HTTP Status 400")) {
			// Tomcat refuses some malformed URLs with its own page before the
			// application sees them.
			assertThat(contentType).startsWith("application/problem+json");
		}
		assertThat(body).doesNotContain("Exception", "at org.", "java.lang", "org.springframework", "org.hibernate");
		assertThat(body).doesNotContainIgnoringCase("<script");
	}

}
