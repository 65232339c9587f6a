package org.steppingstone.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a client reads it (a resource, a problem or a page, each checked for its
 * status and media type) and the database it mirrors, with readers for both.
 */
class Api {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestTestClient client;

	private final JdbcClient jdbc;

	Api(RestTestClient client, JdbcClient jdbc) {
		this.client = client;
		this.jdbc = jdbc;
	}

	JsonNode get(String uri) {
		String body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	JsonNode problem(HttpMethod method, String uri, HttpStatus status) {
		String body = this.client.method(method)
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			// Never stored in place of an answer.
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, status.is5xxServerError() ? "no-store" : "no-cache")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("<html", "Exception");
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.get("status").asInt()).isEqualTo(status.value());
		return problem;
	}

	String html(String uri) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The first column of the rows a query of the database returns, as text. */
	List<String> column(String sql, Object... params) {
		return column(String.class, sql, params);
	}

	<T> List<T> column(Class<T> type, String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(type).list();
	}

	int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	Map<String, Object> row(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query().singleRow();
	}

	List<Map<String, Object>> rows(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query().listOfRows();
	}

	static List<String> texts(JsonNode array, String... path) {
		List<String> values = new ArrayList<>();
		for (JsonNode item : array) {
			JsonNode node = item;
			for (String name : path) {
				node = node.get(name);
			}
			values.add(node.isNull() ? null : node.asString());
		}
		return values;
	}

	/**
	 * The named fields of an object as text, numbers without trailing zeros: one
	 * assertion for a sourced figure.
	 */
	static List<String> fields(JsonNode object, String... names) {
		return Stream.of(names).map(object::get).map(Api::text).toList();
	}

	private static String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asString();
	}

	/** The links to the items a page lists, in their order. */
	List<String> linksOnPage(String uri, String selector) {
		return Jsoup.parse(html(uri)).select(selector).eachAttr("href");
	}

	static JsonNode find(JsonNode array, String id) {
		return array.valueStream()
			.filter((item) -> item.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item " + id));
	}

	/** A column's value whatever case the database gives column names in. */
	static Object value(Map<String, Object> row, String column) {
		for (Map.Entry<String, Object> entry : row.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(column)) {
				return entry.getValue();
			}
		}
		throw new AssertionError("no column " + column);
	}

}
