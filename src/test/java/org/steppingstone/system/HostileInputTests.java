package org.steppingstone.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of malformed requests over real HTTP, against every page and API endpoint:
 * none may fail with a 5xx, show a stack trace or a class name, reflect markup unescaped,
 * or change the catalog; pages answer errors in the site's layout and the API with
 * problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

	private static final List<String> PAGES = List.of("/", "/compare", "/programs", "/programs/mitx-finance",
			"/degrees", "/degrees/mit-masters-supply-chain-management", "/pathways",
			"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management", "/institutions",
			"/institutions/mit", "/sources", "/calculator", "/compare/credentials", "/programs.csv", "/pathways.csv",
			"/sitemap.xml", "/robots.txt");

	private static final List<String> API = List.of("/api/v1/programs", "/api/v1/programs/mitx-finance",
			"/api/v1/degrees", "/api/v1/degrees/mit-masters-supply-chain-management", "/api/v1/pathways",
			"/api/v1/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management",
			"/api/v1/institutions", "/api/v1/sources");

	private static final List<String> API_PARAMETERS = List.of("/api/v1/programs?field=", "/api/v1/programs?maxPrice=",
			"/api/v1/programs?sort=", "/api/v1/programs?q=", "/api/v1/programs?credit=", "/api/v1/pathways?kind=",
			"/api/v1/pathways?minShare=", "/api/v1/degrees?country=", "/api/v1/sources?page=",
			"/api/v1/institutions?size=");

	private static final List<String> PARAMETERS = List.of("field", "institution", "maxPrice", "maxMonths", "credit",
			"country", "q", "sort", "kind", "minShare", "pathway", "price", "tuition", "share", "programMonths",
			"degreeMonths", "item");

	private static final List<String> VALUES = List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%20'1'='1",
			"1%3B%20DROP%20TABLE%20programs%3B--", "-5", "99999999999999999999999999999", "1e400", "NaN", "%E0%A4%A",
			"%FF%FE", "%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(5000), "program%3A%3Cb%3E",
			"%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "%F0%9F%98%80", "true&credit=false&credit=maybe");

	private static final List<String> TABLES = List.of("sources", "institutions", "programs", "courses", "degrees",
			"pathways", "pathway_conditions", "conflicts", "conflict_values", "program_sources");

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	private final List<Long> countsBefore = new ArrayList<>();

	@BeforeAll
	void countRows() {
		this.countsBefore.addAll(counts());
	}

	@AfterAll
	void shouldLeaveTheCatalogUnchanged() {
		assertThat(counts()).isEqualTo(this.countsBefore);
	}

	static Stream<Arguments> requests() {
		List<Arguments> requests = new ArrayList<>();
		for (String parameter : PARAMETERS) {
			for (String value : VALUES) {
				String page = switch (parameter) {
					case "kind", "minShare" -> "/pathways";
					case "pathway", "price", "tuition", "share", "programMonths", "degreeMonths" ->
						"/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management&x=1";
					case "item" -> "/compare/credentials?item=program:mitx-finance";
					default -> "/programs";
				};
				requests.add(Arguments.of("GET", page + (page.contains("?") ? "&" : "?") + parameter + "=" + value));
			}
		}
		for (String value : VALUES) {
			for (String export : List.of("/programs.csv?q=", "/programs.csv?maxPrice=", "/pathways.csv?minShare=")) {
				requests.add(Arguments.of("GET", export + value));
			}
		}
		for (String value : VALUES) {
			for (String query : API_PARAMETERS) {
				requests.add(Arguments.of("GET", query + value));
			}
		}
		for (String page : concat(PAGES, API)) {
			for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
				requests.add(Arguments.of(method, page));
			}
			requests.add(Arguments.of("GET", page + "/..%2F..%2Fetc%2Fpasswd"));
			requests.add(Arguments.of("GET", page + "?" + "x=1&".repeat(300)));
		}
		for (String slug : List.of("%3Cscript%3E", "..%2F..", "a".repeat(3000), "%E0%A4%A", "%00", "'%20OR%201=1--",
				"MITX-FINANCE", "mitx-finance%20", "%2e%2e")) {
			for (String collection : List.of("programs", "degrees", "pathways", "institutions")) {
				requests.add(Arguments.of("GET", "/" + collection + "/" + slug));
			}
			for (String collection : List.of("programs", "degrees", "pathways")) {
				requests.add(Arguments.of("GET", "/api/v1/" + collection + "/" + slug));
			}
		}
		return requests.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("requests")
	void shouldAnswerHostileInputSafely(String method, String pathAndQuery) throws Exception {
		RawResponse response = send(method, pathAndQuery);
		assertThat(response.statusCode()).as("status").isLessThan(500);
		String body = response.body();
		assertThat(body).doesNotContain("Exception", "at org.", "at java.", "java.lang", "org.springframework",
				"org.hibernate", "Whitelabel");
		// The one script a page may carry is its JSON-LD data block, whose JSON escapes
		// every '<'.
		String markup = body.replaceAll("(?s)<script type=\"application/ld\\+json\">[^<]*</script>", "");
		assertThat(markup).doesNotContainIgnoringCase("<script").doesNotContain("<img src=x", "<b>");
		if (response.statusCode() == 405) {
			assertThat(response.head()).contains("Allow: GET, HEAD");
		}
		if (pathAndQuery.startsWith("/api/") && response.statusCode() >= 400 && !body.isEmpty()
				&& !body.contains("<title>HTTP Status 400")) {
			assertThat(response.head()).containsIgnoringCase("Content-Type: application/problem+json");
			assertThat(body).contains("{\"", "\"status\":" + response.statusCode()).doesNotContain("<html");
			return;
		}
		// Tomcat itself refuses some URLs (an encoded slash or NUL in the path) before
		// the application sees them,
		// with its own minimal page; everything the application answers is in the site's
		// layout.
		if (body.contains("<html") && !body.contains("<title>HTTP Status 400")) {
			assertThat(body).contains("<main", "site-header");
		}
	}

	/**
	 * Sends the request exactly as written, malformed escapes included, which
	 * java.net.URI would refuse.
	 */
	private RawResponse send(String method, String target) throws IOException {
		byte[] payload = "<x>payload</x>".getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Content-Type: application/xml\r\nContent-Length: " + payload.length
					+ "\r\nConnection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(payload);
			out.flush();
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int split = raw.indexOf("\r\n\r\n");
			String responseHead = raw.substring(0, split);
			return new RawResponse(Integer.parseInt(responseHead.substring(9, 12)), responseHead,
					raw.substring(split + 4));
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

	private record RawResponse(int statusCode, String head, String body) {
	}

	private List<Long> counts() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		return TABLES.stream().map((t) -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
	}

}
