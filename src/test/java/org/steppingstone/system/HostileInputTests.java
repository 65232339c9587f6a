package org.steppingstone.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.steppingstone.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over two thousand malformed requests over real HTTP, against every page and API
 * endpoint: hostile parameters, slugs, methods and headers, header injection, oversized
 * headers and URLs, conflicting framing headers, ranges, bodies on GET, look-alike slugs,
 * a parameter repeated a thousand times. None may fail with a 5xx, show a stack trace or
 * a class name, reflect markup unescaped, inject a header, answer twice, or change the
 * catalog; pages answer errors in the site's layout and the API with problem details.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

	private static final String PROGRAM = "mitx-finance";

	private static final String DEGREE = "mit-masters-supply-chain-management";

	private static final String PATHWAY = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";

	private static final List<String> PAGES = List.of("/", "/compare", "/programs", "/programs/" + PROGRAM, "/degrees",
			"/degrees/" + DEGREE, "/pathways", "/pathways/" + PATHWAY, "/institutions", "/institutions/mit", "/sources",
			"/calculator", "/compare/credentials", "/routes", "/programs.csv", "/pathways.csv", "/sitemap.xml",
			"/robots.txt");

	private static final List<String> API = List.of("/api/v1/programs", "/api/v1/programs/" + PROGRAM,
			"/api/v1/degrees", "/api/v1/degrees/" + DEGREE, "/api/v1/pathways", "/api/v1/pathways/" + PATHWAY,
			"/api/v1/institutions", "/api/v1/sources", "/api/v1/routes");

	private static final List<String> ENDPOINTS = Stream.concat(PAGES.stream(), API.stream()).toList();

	private static final List<String> ASSETS = List.of("/assets/css/site.css", "/assets/img/icon.svg");

	private static final List<String> API_PARAMETERS = List.of("/api/v1/programs?field=", "/api/v1/programs?maxPrice=",
			"/api/v1/programs?sort=", "/api/v1/programs?q=", "/api/v1/programs?credit=", "/api/v1/pathways?kind=",
			"/api/v1/pathways?minShare=", "/api/v1/degrees?country=", "/api/v1/sources?page=",
			"/api/v1/institutions?size=", "/api/v1/routes?maxCost=", "/api/v1/routes?rateFrom=HKD&rate=");

	private static final List<String> PARAMETERS = List.of("field", "institution", "maxPrice", "maxMonths", "credit",
			"country", "q", "sort", "kind", "minShare", "pathway", "price", "tuition", "share", "programMonths",
			"degreeMonths", "item", "currency");

	private static final List<String> VALUES = List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%20'1'='1",
			"1%3B%20DROP%20TABLE%20programs%3B--", "-5", "99999999999999999999999999999", "1e400", "NaN", "%E0%A4%A",
			"%FF%FE", "%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(5000), "program%3A%3Cb%3E",
			"%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "%F0%9F%98%80", "true&credit=false&credit=maybe",
			// header injection, overlong UTF-8 dots, full-width angle brackets,
			// right-to-left override
			"x%0D%0AX-Injected:%20yes", "x%0d%0aSet-Cookie:%20session=1", "%C0%AE%C0%AE%2F", "%EF%BC%9Cscript%EF%BC%9E",
			"%E2%80%AEnimda");

	/** Request header lines whose values a page could reflect or misread. */
	private static final List<String> HOSTILE_HEADERS = List.of(
			"X-Forwarded-Host: evil.example\"><script>alert(1)</script>",
			"X-Forwarded-Host: evil.example%0d%0aX-Injected: yes", "X-Forwarded-Proto: https\"><script>",
			"X-Forwarded-Prefix: /<script>alert(1)</script>", "X-Forwarded-For: <script>alert(1)</script>, 999.1.1.1",
			"X-Forwarded-Port: -1", "Referer: javascript:alert(1)//\"><script>",
			"User-Agent: <script>alert(1)</script>", "Accept-Language: ><script>, *;q=abc",
			"Cookie: JSESSIONID=../../etc; x=<script>", "If-None-Match: \"<script>\"",
			"If-Modified-Since: 31 Feb 99999 25:61:61 GMT", "Origin: https://evil.example\"><script>",
			"Accept: application/json", "Accept: text/html", "Accept: */*;q=bogus", "Accept: ;;;",
			"Accept: application/xml", "Accept-Encoding: gzip;q=x, br, zstd, *",
			// a bare CR, a bare LF and a NUL inside a value, an obsolete folded line, a
			// line without a colon
			"X-A: a\rX-Injected: yes", "X-A: a\nX-Injected: yes", "X-A: a\u0000b", "X-A: a\r\n folded", "NoColonHere");

	private static final List<String> RANGES = List.of("bytes=0-10", "bytes=-1", "bytes=99999999-", "bytes=10-5",
			"bytes=abc",
			"bytes=" + String.join(",", Stream.iterate(0, (i) -> i + 2).limit(300).map((i) -> i + "-" + i).toList()),
			"items=0-5", "bytes=0-10\r\nIf-Range: \"<script>\"");

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

	static List<Hostile> requests() {
		List<Hostile> requests = new ArrayList<>();
		for (String parameter : PARAMETERS) {
			for (String value : VALUES) {
				String page = switch (parameter) {
					case "kind", "minShare" -> "/pathways";
					case "pathway", "price", "tuition", "share", "programMonths", "degreeMonths" ->
						"/calculator?pathway=" + PATHWAY + "&x=1";
					case "item" -> "/compare/credentials?item=program:" + PROGRAM;
					default -> "/programs";
				};
				requests.add(withXmlBody("GET", page + (page.contains("?") ? "&" : "?") + parameter + "=" + value));
			}
		}
		for (String value : VALUES) {
			for (String export : List.of("/programs.csv?q=", "/programs.csv?maxPrice=", "/pathways.csv?minShare=")) {
				requests.add(withXmlBody("GET", export + value));
			}
			for (String question : List.of("/routes?maxCost=", "/routes?country=", "/routes?program=",
					"/routes?rateFrom=HKD&rate=")) {
				requests.add(withXmlBody("GET", question + value));
			}
			for (String query : API_PARAMETERS) {
				requests.add(withXmlBody("GET", query + value));
			}
		}
		for (String endpoint : ENDPOINTS) {
			for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
				requests.add(withXmlBody(method, endpoint));
			}
			requests.add(withXmlBody("GET", endpoint + "/..%2F..%2Fetc%2Fpasswd"));
			requests.add(withXmlBody("GET", endpoint + "?" + "x=1&".repeat(300)));
			requests.addAll(headerAttacks(endpoint));
			requests.addAll(oversized(endpoint));
			requests.addAll(framing(endpoint));
			requests.addAll(bodiesOnGet(endpoint));
			requests.addAll(methodsAndVersions(endpoint));
			for (String range : RANGES) {
				requests.add(of(RawHttp.get(endpoint, "Range: " + range)));
			}
			// One parameter a thousand times: over the connector's limit of 100.
			String parameter = endpoint.startsWith("/api/v1/pathways") ? "kind" : "q";
			requests.add(of(RawHttp.get(endpoint + "?" + (parameter + "=x&").repeat(1000))));
			requests.add(of(RawHttp.get(endpoint + "?" + "utm_source=x&".repeat(1000), "Accept: application/json")));
		}
		for (String asset : ASSETS) {
			for (String range : RANGES) {
				requests.add(of(RawHttp.get(asset, "Range: " + range)));
			}
		}
		for (String slug : List.of("%3Cscript%3E", "..%2F..", "a".repeat(3000), "%E0%A4%A", "%00", "'%20OR%201=1--",
				"MITX-FINANCE", "mitx-finance%20", "%2e%2e")) {
			for (String collection : List.of("programs", "degrees", "pathways", "institutions")) {
				requests.add(withXmlBody("GET", "/" + collection + "/" + slug));
			}
			for (String collection : List.of("programs", "degrees", "pathways")) {
				requests.add(withXmlBody("GET", "/api/v1/" + collection + "/" + slug));
			}
		}
		requests.addAll(lookAlikes());
		return requests;
	}

	@Test
	void shouldSendAtLeastTwoThousandHostileRequests() {
		assertThat(requests()).hasSizeGreaterThanOrEqualTo(2000);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void shouldAnswerHostileInputSafely(Hostile hostile) {
		List<RawHttp.Response> responses = new RawHttp(this.port).exchange(hostile.request());
		// Never a second response: a smuggled request must not be answered.
		assertThat(responses).as("responses").hasSize(1);
		RawHttp.Response response = responses.get(0);
		assertThat(response.status()).as("status").isLessThan(500);
		assertThat(response.headerNames()).as("header names").doesNotContain("x-injected", "set-cookie");
		String body = response.body();
		assertThat(body).doesNotContain("Exception", "at org.", "at java.", "java.lang", "org.springframework",
				"org.hibernate", "Whitelabel", "Apache Tomcat");
		// The one script a page may carry is its JSON-LD data block, whose JSON escapes
		// every '<'.
		String markup = body.replaceAll("(?s)<script type=\"application/ld\\+json\">[^<]*</script>", "");
		assertThat(markup).doesNotContainIgnoringCase("<script").doesNotContain("<img src=x", "<b>");
		if (hostile.lookAlike()) {
			// A slug that only looks like a real one names nothing.
			assertThat(response.status()).as("status of a look-alike slug").isIn(400, 404);
		}
		if (response.status() == 405 && hostile.request().startsWith("TRACE ")) {
			// Tomcat refuses TRACE itself (its connector does not allow it), with the
			// Allow header of a plain servlet.
			assertThat(response.header("Allow")).doesNotContain("TRACE");
		}
		else if (response.status() == 405) {
			assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
		}
		// Tomcat itself refuses malformed requests (an encoded slash or NUL in the path,
		// a bad header line, conflicting framing) before the application sees them, with
		// its own minimal page; everything the application answers is in the site's
		// layout, or problem details on the API.
		boolean tomcat = body.contains("<title>HTTP Status 400");
		String target = hostile.request().split(" ", 3)[1];
		if (target.startsWith("/api/") && response.status() >= 400 && !body.isEmpty() && !tomcat) {
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(body).contains("{\"", "\"status\":" + response.status()).doesNotContain("<html");
			return;
		}
		if (body.contains("<html") && !tomcat) {
			assertThat(body).contains("<main", "site-header");
		}
	}

	/**
	 * The few requests HTTP itself answers with a 5xx (RFC 9110 and 9112): an unknown
	 * protocol version (505), a transfer coding or method the server does not implement
	 * (501). Tomcat answers them before the application, with its minimal page and
	 * nothing about itself, and closes the connection.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			505 | GET / HTTP/2.0
			505 | GET /api/v1/programs HTTP/9.9
			501 | CONNECT localhost:80 HTTP/1.1
			501 | GET /programs HTTP/1.1\\r\\nTransfer-Encoding: gzip, chunked
			501 | GET /programs HTTP/1.1\\r\\nTransfer-Encoding: xchunked
			""")
	void shouldLeaveProtocolErrorsToTomcat(int status, String requestLineAndHeader) {
		String request = requestLineAndHeader.replace("\\r\\n", "\r\n")
				+ "\r\nHost: localhost\r\nConnection: close\r\n\r\n0\r\n\r\n";
		RawHttp.Response response = new RawHttp(this.port).send(request);
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Connection")).isEqualTo("close");
		assertThat(response.body()).contains("<title>HTTP Status " + status)
			.doesNotContain("Apache Tomcat", "Exception", "at org.");
	}

	/** The request the first version of this test sent: every request with a body. */
	private static Hostile withXmlBody(String method, String target) {
		return of(RawHttp.request(method, target, "<x>payload</x>", "Accept: text/html",
				"Content-Type: application/xml", "Content-Length: 14"));
	}

	private static List<Hostile> headerAttacks(String endpoint) {
		List<Hostile> requests = new ArrayList<>();
		for (String header : HOSTILE_HEADERS) {
			requests.add(of(RawHttp.get(endpoint, header)));
		}
		// A raw CR/LF in the request target, and in the Host header.
		requests.add(of("GET " + endpoint + "?q=a\r\nX-Injected: yes HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n"));
		requests.add(of("GET " + endpoint + " HTTP/1.1\r\nHost: evil.example\"><script>alert(1)</script>\r\n"
				+ "Connection: close\r\n\r\n"));
		return requests;
	}

	private static List<Hostile> oversized(String endpoint) {
		return List.of(of(RawHttp.get(endpoint, "X-Big: " + "a".repeat(17 * 1024))),
				of(RawHttp.get(endpoint + "?utm=" + "a".repeat(17 * 1024))),
				of(RawHttp.get(endpoint + "/" + "a".repeat(17 * 1024))),
				of(RawHttp.get(endpoint,
						Stream.iterate(0, (i) -> i + 1)
							.limit(150)
							.map((i) -> "X-Many-" + i + ": x")
							.toArray(String[]::new))));
	}

	/**
	 * Framing a front end and the app could read differently: the core of request
	 * smuggling.
	 */
	private static List<Hostile> framing(String endpoint) {
		String smuggled = "0\r\n\r\nGET /api/v1/programs/smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";
		return List.of(
				of("GET " + endpoint + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + smuggled.length()
						+ "\r\nTransfer-Encoding: chunked\r\n\r\n" + smuggled),
				of("POST " + endpoint + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
						+ "Content-Length: 4\r\n\r\n" + smuggled),
				of(RawHttp.request("GET", endpoint, "abcde", "Content-Length: 3", "Content-Length: 5")),
				of(RawHttp.request("GET", endpoint, "abcde", "Content-Length: +5")),
				of(RawHttp.request("GET", endpoint, "", "Content-Length: -1")),
				of(RawHttp.request("GET", endpoint, "0\r\n\r\n", "Transfer-Encoding: chunked, identity")),
				of(RawHttp.request("GET", endpoint, "0\r\n\r\n", "Transfer-Encoding : chunked")),
				of(RawHttp.request("GET", endpoint, "zz\r\nabc\r\n0\r\n\r\n", "Transfer-Encoding: chunked")), of(RawHttp
					.request("GET", endpoint, "ffffffffffffffffff\r\nabc\r\n0\r\n\r\n", "Transfer-Encoding: chunked")));
	}

	private static List<Hostile> bodiesOnGet(String endpoint) {
		String form = "q=%3Cscript%3E&field=x&institution=<b>";
		String json = "{\"q\":\"<script>alert(1)</script>\"}";
		return List.of(
				of(RawHttp.request("GET", endpoint, form, "Content-Type: application/x-www-form-urlencoded",
						"Content-Length: " + form.length())),
				of(RawHttp.request("GET", endpoint, json, "Content-Type: application/json",
						"Content-Length: " + json.length())),
				of(RawHttp.request("GET", endpoint, "5\r\nq=<b>\r\n0\r\n\r\n",
						"Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked")),
				of(RawHttp.request("HEAD", endpoint, form, "Content-Type: application/x-www-form-urlencoded",
						"Content-Length: " + form.length())));
	}

	private static List<Hostile> methodsAndVersions(String endpoint) {
		return List.of(of(RawHttp.request("HEAD", endpoint, "")), of(RawHttp.request("TRACE", endpoint, "")),
				of(RawHttp.request("get", endpoint, "")), of(RawHttp.request("FOO", endpoint, "")),
				of("GET " + endpoint + " HTTP/1.0\r\n\r\n"),
				of("GET " + endpoint + " HTTP/1.1\r\nConnection: close\r\n\r\n"),
				of(RawHttp.get(endpoint, "Host: evil.example")),
				of(RawHttp.request("GET", "http://evil.example" + endpoint, "")),
				of(RawHttp.request("OPTIONS", "*", "")));
	}

	/**
	 * Slugs that look like real ones (Cyrillic, full-width, a Unicode hyphen, a
	 * zero-width space, raw UTF-8) and real ones behind encoded dot segments.
	 */
	private static List<Hostile> lookAlikes() {
		List<Hostile> requests = new ArrayList<>();
		Map<String, String> collections = Map.of("/programs/", PROGRAM, "/degrees/", DEGREE, "/pathways/", PATHWAY,
				"/institutions/", "mit", "/api/v1/programs/", PROGRAM, "/api/v1/degrees/", DEGREE, "/api/v1/pathways/",
				PATHWAY);
		collections.forEach((collection, slug) -> {
			for (String lookAlike : List.of(slug.replaceFirst("i", "%D1%96"), slug.replaceFirst("m", "%EF%BD%8D"),
					slug.replaceFirst("t", "%CF%84"), slug + "%E2%80%8B", "%E2%80%8B" + slug,
					slug.replaceFirst("i", "\u0456"), slug.toUpperCase(Locale.ROOT).replaceFirst("I", "%C4%B0"))) {
				requests.add(new Hostile(RawHttp.get(collection + lookAlike), true));
			}
			if (slug.contains("-")) {
				requests.add(new Hostile(RawHttp.get(collection + slug.replaceFirst("-", "%E2%80%90")), true));
			}
			for (String dots : List.of("%2e%2e/", "%2E%2E%2F", ".%2e/", "%252e%252e%252f", "..;/", "%C0%AE%C0%AE/",
					"%2e/", "..%5c", "%2e%2e/%2e%2e/%2e%2e/")) {
				requests.add(of(RawHttp.get(collection + dots + slug)));
			}
			requests.add(of(RawHttp.get(collection + slug + "/%2e")));
			requests.add(of(RawHttp.get(collection + slug + "%2f..")));
		});
		return requests;
	}

	private static Hostile of(String request) {
		return new Hostile(request, false);
	}

	/**
	 * One request, written out in full; {@code lookAlike} when its slug only resembles a
	 * real one.
	 */
	record Hostile(String request, boolean lookAlike) {

		@Override
		public String toString() {
			String line = this.request.lines().findFirst().orElse("");
			return (line.length() > 160) ? line.substring(0, 160) + "… (" + line.length() + " characters)" : line;
		}

	}

	private List<Long> counts() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		return TABLES.stream().map((t) -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
	}

}
