package org.steppingstone.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What crawlers and audit tools ask of any web server, over a raw socket so that no
 * client tidies the request: a trailing slash, {@code OPTIONS *}, the page's policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebConventionsTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource({ "/programs/, /programs",
			"/programs/?field=engineering&sort=price, /programs?field=engineering&sort=price",
			"/programs/mitx-supply-chain-management/, /programs/mitx-supply-chain-management", "/compare/, /compare",
			"/compare/credentials/?item=program:adelaidex-big-data, /compare/credentials?item=program:adelaidex-big-data",
			"/api/v1/programs/?page=1&size=5, /api/v1/programs?page=1&size=5", "/sitemap.xml/, /sitemap.xml" })
	void shouldRedirectAnAddressWithASlashAddedToTheCanonicalOnePermanently(String path, String canonical)
			throws IOException {
		String response = get(path);
		assertThat(statusLine(response)).isEqualTo("HTTP/1.1 308 ");
		assertThat(header(response, "Location")).isEqualTo(canonical);
		assertThat(header(response, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(statusLine(get(canonical))).isEqualTo("HTTP/1.1 200 ");
	}

	@Test
	void shouldServeTheRootWithoutRedirecting() throws IOException {
		String response = get("/");
		assertThat(statusLine(response)).isEqualTo("HTTP/1.1 200 ");
		assertThat(response).contains("Is a MicroMasters a degree?");
	}

	@Test
	void shouldNotTurnADoubleSlashIntoARedirectToAnotherHost() throws IOException {
		String response = get("//evil.example/");
		assertThat(statusLine(response)).isEqualTo("HTTP/1.1 404 ");
		assertThat(header(response, "Location")).isNull();
	}

	@Test
	void shouldStillRefuseWritesToAnAddressWithASlash() throws IOException {
		String response = exchange(
				"POST /programs/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n" + "Connection: close\r\n\r\n");
		assertThat(statusLine(response)).isEqualTo("HTTP/1.1 405 ");
		assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
	}

	@Test
	void shouldAnswerOptionsAsteriskWithTheMethodsTheSiteAllows() throws IOException {
		// Pipelined: the connection goes on serving after the answer.
		String response = exchange("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n"
				+ "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(statusLine(response)).isEqualTo("HTTP/1.1 200 ");
		assertThat(header(response, "Allow")).isEqualTo(ServerWideOptions.ALLOWED).isEqualTo("GET, HEAD");
		assertThat(header(response, "Content-Length")).isEqualTo("0");
		String second = response.substring(response.indexOf("\r\n\r\n") + 4);
		assertThat(statusLine(second)).isEqualTo("HTTP/1.1 200 ");
		assertThat(second).contains("Sitemap:");
	}

	@Test
	void shouldLetPagesConnectOnlyToTheirOwnOrigin() throws IOException {
		String policy = header(get("/programs"), "Content-Security-Policy");
		assertThat(policy).contains("default-src 'none'", "connect-src 'self'").doesNotContain("script-src");
	}

	private String get(String path) throws IOException {
		return exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
	}

	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String statusLine(String response) {
		return response.substring(0, response.indexOf("\r\n"));
	}

	/** The first value of a header in the response's head, or null. */
	private static String header(String response, String name) {
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

}
