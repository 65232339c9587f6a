package org.steppingstone.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows every link from the home page, as a reader could: every program, degree,
 * pathway, university and source is reachable, every page answers 200 in the layout, and
 * no page shows a raw "null".
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteCrawlTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldReachEveryCatalogPageByLinksFromTheHomePage() throws Exception {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/");
		seen.add("/");
		while (!queue.isEmpty()) {
			String url = queue.poll();
			Document page = Pages.fetch(this.mvc, url);
			assertThat(page.select("h1")).as("one h1 on %s", url).hasSize(1);
			assertThat(page.select("main")).as("main on %s", url).hasSize(1);
			assertThat(page.title()).as("title of %s", url).endsWith("Stepping Stone");
			assertThat(page.selectFirst("main").text()).as("text of %s", url).doesNotContainPattern("\\bnull\\b");
			// Downloads (the CSV exports) are files, not pages.
			for (Element link : page.select("a[href^=/]:not([download])")) {
				String href = link.attr("href");
				// The API documentation (Swagger UI) is not a page of the site;
				// OpenApiTests covers it.
				if (!href.startsWith("/assets/") && !href.startsWith("/swagger-ui/") && !href.contains("?")
						&& !href.contains("#") && seen.add(href)) {
					queue.add(href);
				}
			}
		}
		for (String array : new String[] { "programs", "degrees", "pathways", "institutions" }) {
			CatalogJson.array(array)
				.forEach((item) -> assertThat(seen).contains("/" + array + "/" + item.get("id").asString()));
		}
		assertThat(seen).contains("/sources", "/compare", "/programs", "/degrees", "/pathways", "/institutions");
	}

}
