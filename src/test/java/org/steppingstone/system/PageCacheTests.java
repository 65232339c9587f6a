package org.steppingstone.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.steppingstone.CatalogJson;
import org.steppingstone.SteppingStoneApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages over real HTTP with the page cache: validators from the data version, 304 without
 * rendering, compressed bytes kept once, errors never kept, and a new release's migration
 * shown on the page with a new validator.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PageCacheTests {

	private static final String PROGRAM = "/programs/mitx-supply-chain-management";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private DataVersion version;

	@Test
	void shouldSendValidatorsAndAnswerAConditionalRequestWith304WithoutReadingTheDatabase() throws Exception {
		HttpResponse<byte[]> first = get(this.port, PROGRAM, "Accept-Encoding", "identity");
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(etag).isEqualTo(this.version.entityTag()).startsWith("W/\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue(PageCache.CACHE_CONTROL);
		assertThat(first.headers().firstValue("Vary")).get().asString().containsIgnoringCase("Accept-Encoding");
		assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("Supply Chain Management");

		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		HttpResponse<byte[]> byTag = get(this.port, PROGRAM, "If-None-Match", etag);
		HttpResponse<byte[]> byDate = get(this.port, PROGRAM, "If-Modified-Since", lastModified);
		HttpResponse<byte[]> again = get(this.port, PROGRAM, "Accept-Encoding", "identity");
		assertThat(byTag.statusCode()).isEqualTo(304);
		assertThat(byTag.body()).isEmpty();
		assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
		assertThat(byDate.statusCode()).isEqualTo(304);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(statistics.getPrepareStatementCount()).as("statements read for cached pages").isZero();

		HttpResponse<byte[]> otherTag = get(this.port, PROGRAM, "If-None-Match", "W/\"something-else\"");
		assertThat(otherTag.statusCode()).isEqualTo(200);
		assertThat(otherTag.body()).isEqualTo(first.body());
	}

	@Test
	void shouldServeTheSameBytesCompressedToClientsThatAcceptGzip() throws Exception {
		HttpResponse<byte[]> plain = get(this.port, "/programs", "Accept-Encoding", "identity");
		HttpResponse<byte[]> zipped = get(this.port, "/programs", "Accept-Encoding", "br;q=1, gzip;q=0.8");
		HttpResponse<byte[]> refused = get(this.port, "/programs", "Accept-Encoding", "gzip;q=0");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
		assertThat(zipped.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void shouldAnswerHeadFromTheCacheWithTheLengthOfTheBody() throws Exception {
		HttpResponse<byte[]> page = get(this.port, "/compare", "Accept-Encoding", "identity");
		HttpResponse<byte[]> head = this.client.send(HttpRequest.newBuilder(uri(this.port, "/compare"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.header("Accept-Encoding", "identity")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(page.body().length);
		assertThat(head.headers().firstValue("ETag")).hasValue(this.version.entityTag());
	}

	@Test
	void shouldNeverKeepOrValidateErrors() throws Exception {
		for (String url : new String[] { "/programs/no-such-program", "/programs?maxPrice=cheap" }) {
			HttpResponse<byte[]> first = get(this.port, url, "If-None-Match", this.version.entityTag());
			HttpResponse<byte[]> second = get(this.port, url, "If-None-Match", "*");
			assertThat(first.statusCode()).as(url).isIn(400, 404);
			assertThat(second.statusCode()).as(url).isEqualTo(first.statusCode());
			assertThat(first.headers().firstValue("ETag")).as(url).isEmpty();
			assertThat(new String(second.body(), StandardCharsets.UTF_8)).as(url).contains("Stepping Stone");
		}
	}

	@Test
	void shouldShowACorrectedDataFileWithANewValidatorWhenTheReleaseStarts(@TempDir Path dir) throws Exception {
		HttpResponse<byte[]> before = get(this.port, PROGRAM, "Accept-Encoding", "identity");
		String oldTag = before.headers().firstValue("ETag").orElseThrow();
		assertThat(new String(before.body(), StandardCharsets.UTF_8)).doesNotContain("(corrected)");
		// A curator's correction, as it would ship in a release: one value of the data
		// file.
		JsonMapper json = JsonMapper.builder().build();
		JsonNode catalog = json.readTree(CatalogJson.FILE.toFile());
		for (JsonNode program : catalog.get("programs")) {
			if (PROGRAM.endsWith("/" + program.get("id").asString())) {
				((ObjectNode) program).put("title", "Supply Chain Management (corrected)");
			}
		}
		Path corrected = dir.resolve("catalog.json");
		Files.writeString(corrected, json.writeValueAsString(catalog));

		try (ConfigurableApplicationContext release = new SpringApplicationBuilder(SteppingStoneApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:release-" + System.nanoTime(),
				"--spring.flyway.placeholders.catalog=" + corrected.toUri())) {
			int port = ((WebServerApplicationContext) release).getWebServer().getPort();
			HttpResponse<byte[]> after = get(port, PROGRAM, "If-None-Match", oldTag);
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(new String(after.body(), StandardCharsets.UTF_8))
				.contains("Supply Chain Management (corrected)");
			assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldTag);
		}
	}

	private HttpResponse<byte[]> get(int port, String path, String header, String value) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(port, path)).header(header, value).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
