package org.steppingstone.discovery;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sitemap, robots.txt, and every page's canonical address, description and Open Graph
 * tags.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiscoveryTests {

	private static final String BASE = "http://localhost";

	private static final String DATE = "[0-9]{4}(-[0-9]{2}){0,2}";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListEveryPageInAValidSitemapWithItsDate() throws Exception {
		MockHttpServletResponse response = fetch("/sitemap.xml");
		assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		Map<String, String> urls = sitemap(response.getContentAsByteArray());
		List<String> expected = new ArrayList<>(List.of("/", "/compare", "/programs", "/degrees", "/pathways",
				"/institutions", "/sources", "/calculator", "/compare/credentials", "/routes"));
		for (String array : new String[] { "programs", "degrees", "pathways", "institutions" }) {
			CatalogJson.array(array).forEach((item) -> expected.add("/" + array + "/" + item.get("id").asString()));
		}
		assertThat(urls.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map((p) -> BASE + p).toList());
		for (String path : expected) {
			assertThat(Pages.fetch(this.mvc, path).select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
		}
		assertThat(urls.get(BASE + "/")).as("the guide has no dated data").isNull();
		for (String list : List.of("/compare", "/programs", "/degrees", "/pathways", "/institutions", "/sources",
				"/calculator", "/routes")) {
			assertThat(urls.get(BASE + list)).as("lastmod of %s", list).matches(DATE);
		}
		// A page none of whose figures or sources is dated has no lastmod rather than an
		// invented one.
		urls.values().stream().filter((date) -> date != null).forEach((date) -> assertThat(date).matches(DATE));
		assertThat(urls.values().stream().filter((date) -> date != null).count()).isGreaterThan(urls.size() / 2);
	}

	@Test
	void shouldDateEachPageByTheLatestDateOfItsFiguresAndSources() throws Exception {
		Map<String, String> urls = sitemap(fetch("/sitemap.xml").getContentAsByteArray());
		for (JsonNode program : CatalogJson.array("programs")) {
			String lastmod = urls.get(BASE + "/programs/" + program.get("id").asString());
			for (String date : new String[] { (String) CatalogJson.value(program, "price.as_of"),
					(String) CatalogJson.value(program, "length_months.as_of") }) {
				if (date != null) {
					assertThat(lastmod).as("lastmod of %s", program.get("id")).isGreaterThanOrEqualTo(date);
				}
			}
		}
		String programs = urls.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith(BASE + "/programs/"))
			.map(Map.Entry::getValue)
			.filter((date) -> date != null)
			.max(String::compareTo)
			.orElseThrow();
		assertThat(urls.get(BASE + "/programs")).isEqualTo(programs);
		String newestSource = CatalogJson.array("sources")
			.stream()
			.map((s) -> (String) CatalogJson.value(s, "published_on"))
			.filter((d) -> d != null)
			.max(String::compareTo)
			.orElseThrow();
		assertThat(urls.get(BASE + "/sources")).isEqualTo(newestSource);
		// A pathway's own date, 2019, and its program's price date, 2017-02-15, are
		// behind its page.
		assertThat(urls.get(BASE + "/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management"))
			.isGreaterThanOrEqualTo("2019");
	}

	@Test
	void shouldAllowEveryCrawlerAndPointToTheSitemap() throws Exception {
		MockHttpServletResponse response = fetch("/robots.txt");
		assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		String robots = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(robots.lines().toList()).containsExactly("User-agent: *", "Allow: /", "",
				"Sitemap: " + BASE + "/sitemap.xml");
		assertThat(robots).doesNotContain("Disallow", "actuator");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/programs/mitx-supply-chain-management?utm_source=news&fbclid=x | /programs/mitx-supply-chain-management",
			"/programs?field=engineering&utm_campaign=spring&q=&sort=price&credit= | /programs?field=engineering&sort=price",
			"/programs?q=data+science&nonsense=1 | /programs?q=data+science",
			"/pathways?kind=credit&gclid=abc | /pathways?kind=credit",
			"/compare/credentials?item=program:mitx-finance&item=degree:mit-masters-supply-chain-management&ref=x | /compare/credentials?item=program:mitx-finance&item=degree:mit-masters-supply-chain-management",
			"/institutions/mit?page=2 | /institutions/mit", "/?utm_medium=email | /" })
	void shouldGiveEachPageOneCanonicalAddressWithoutTrackingNoise(String url, String canonical) throws Exception {
		Document page = Pages.fetch(this.mvc, url);
		assertThat(page.select("link[rel=canonical]").eachAttr("href")).containsExactly(BASE + canonical);
		assertThat(page.select("meta[property=og:url]").eachAttr("content")).containsExactly(BASE + canonical);
	}

	@Test
	void shouldDescribeAProgramByItsInstitutionAndFigures() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/mitx-supply-chain-management");
		String description = page.selectFirst("meta[name=description]").attr("content");
		assertThat(description)
			.isEqualTo("MicroMasters Program in Supply Chain Management from Massachusetts Institute "
					+ "of Technology: 5 courses, price US$1,350 (2017), 12–24 months, 5 pathways to a Master's degree.");
		assertOpenGraph(page, "MicroMasters Program in Supply Chain Management", description);
		Document undated = Pages.fetch(this.mvc, "/programs/anux-evidence-based-management");
		assertThat(undated.selectFirst("meta[name=description]").attr("content"))
			.startsWith("MicroMasters Program in Evidence-Based Management from")
			.doesNotContain("null", "price");
	}

	@Test
	void shouldGiveEveryPageTypeItsOwnTitleAndDescription() throws Exception {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put("/", "Is a MicroMasters a degree?");
		titles.put("/programs", "MicroMasters programs");
		titles.put("/degrees/mit-masters-supply-chain-management", "Master's degree in Supply Chain Management");
		titles.put("/pathways", "Pathways from a MicroMasters to a Master's");
		titles.put("/institutions/mit", "Massachusetts Institute of Technology");
		titles.put("/sources", "Sources");
		titles.put("/compare/credentials", "Compare credentials side by side");
		List<String> descriptions = new ArrayList<>();
		for (Map.Entry<String, String> entry : titles.entrySet()) {
			Document page = Pages.fetch(this.mvc, entry.getKey());
			String description = page.selectFirst("meta[name=description]").attr("content");
			assertOpenGraph(page, entry.getValue(), description);
			descriptions.add(description);
		}
		assertThat(descriptions).doesNotHaveDuplicates().allSatisfy((d) -> assertThat(d).hasSizeBetween(50, 300));
		assertThat(descriptions.get(4)).isEqualTo("Massachusetts Institute of Technology: 5 MicroMasters programs "
				+ "offered, and 3 pathways from a MicroMasters into its Master's degrees.");
	}

	@Test
	void shouldGiveAnErrorPageNoCanonicalAddress() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs/no-such-program", 404);
		assertThat(page.select("link[rel=canonical], meta[property=og:url], script")).isEmpty();
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Stepping Stone");
	}

	private static void assertOpenGraph(Document page, String title, String description) {
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("meta[property=og:title]").eachAttr("content")).containsExactly(title);
		assertThat(page.select("meta[property=og:description]").eachAttr("content")).containsExactly(description);
		assertThat(page.select("meta[name=description]")).hasSize(1);
		assertThat(page.select("meta[property=og:type]").eachAttr("content")).containsExactly("website");
		assertThat(page.select("meta[property=og:site_name]").eachAttr("content")).containsExactly("Stepping Stone");
		assertThat(page.select("meta[property=og:url]").attr("content"))
			.isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"))
			.startsWith(BASE + "/");
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(URI.create(url))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	/**
	 * Every loc of the sitemap with its lastmod (null when absent), parsed by a
	 * namespace-aware XML parser.
	 */
	private static Map<String, String> sitemap(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("urlset");
		assertThat(root.getNamespaceURI()).isEqualTo(DiscoveryController.SITEMAP_NAMESPACE);
		NodeList entries = root.getElementsByTagNameNS(DiscoveryController.SITEMAP_NAMESPACE, "url");
		Map<String, String> urls = new LinkedHashMap<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			String loc = entry.getElementsByTagNameNS(DiscoveryController.SITEMAP_NAMESPACE, "loc")
				.item(0)
				.getTextContent();
			NodeList lastmod = entry.getElementsByTagNameNS(DiscoveryController.SITEMAP_NAMESPACE, "lastmod");
			assertThat(urls.put(loc, (lastmod.getLength() > 0) ? lastmod.item(0).getTextContent() : null))
				.as("%s listed once", loc)
				.isNull();
		}
		assertThat(urls).hasSize(entries.getLength());
		return urls;
	}

}
