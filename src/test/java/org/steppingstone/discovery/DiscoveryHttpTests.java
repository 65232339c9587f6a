package org.steppingstone.discovery;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy, every absolute address the site writes is the one the client used, from
 * X-Forwarded-* headers.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class DiscoveryHttpTests {

	@Autowired
	private RestTestClient client;

	@Test
	void shouldWriteTheAddressesTheClientSeesBehindAProxy() {
		String robots = get("/robots.txt", MediaType.TEXT_PLAIN);
		assertThat(robots).contains("Sitemap: https://steppingstone.example/sitemap.xml");
		String sitemap = get("/sitemap.xml", MediaType.APPLICATION_XML);
		assertThat(sitemap).contains("<loc>https://steppingstone.example/programs/mitx-supply-chain-management</loc>")
			.doesNotContain("localhost", "<loc>http://");
		String page = get("/programs/mitx-supply-chain-management?utm_source=x", MediaType.TEXT_HTML);
		assertThat(Jsoup.parse(page).select("link[rel=canonical]").attr("href"))
			.isEqualTo("https://steppingstone.example/programs/mitx-supply-chain-management");
		String csv = get("/programs.csv?institution=mit", MediaType.ALL);
		assertThat(csv).contains(",https://steppingstone.example/programs/mitx-supply-chain-management,");
	}

	private String get(String uri, MediaType accept) {
		return this.client.get()
			.uri(uri)
			.accept(accept)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "steppingstone.example")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
