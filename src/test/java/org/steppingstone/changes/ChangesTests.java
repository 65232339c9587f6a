package org.steppingstone.changes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * /changes lists every release of the data file, newest first, with each change; every
 * page's footer names the release and links to it; /changes.atom is an Atom feed with one
 * entry per release under ids that do not change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChangesTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListEveryReleaseNewestFirstWithEachChange() throws Exception {
		Document page = Pages.fetch(this.mvc, "/changes");
		List<JsonNode> releases = CatalogJson.array("releases");
		List<Element> sections = page.select("section.release");
		assertThat(sections).hasSize(releases.size()).hasSize(4);
		for (int i = 0; i < releases.size(); i++) {
			JsonNode release = releases.get(i);
			Element section = sections.get(i);
			assertThat(section.selectFirst("h2").text()).contains("Catalog " + release.get("version").asString());
			assertThat(section.selectFirst("h2 time").attr("datetime")).isEqualTo(release.get("date").asString());
			assertThat(section.text()).contains(release.get("summary").asString());
			List<Element> rows = section.select("tbody tr");
			assertThat(rows).hasSize(release.get("changes").size());
			int r = 0;
			for (JsonNode change : release.get("changes")) {
				Element row = rows.get(r++);
				assertThat(row.select("td").get(0).text()).contains(change.get("id").asString());
				assertThat(row.select("td").get(1).text())
					.isEqualTo(change.get("field").isNull() ? "the whole item" : change.get("field").asString());
				assertThat(row.select("td").get(3).text())
					.isEqualTo(change.get("from").isNull() ? "(none)" : change.get("from").asString());
				assertThat(row.select("td").get(4).text()).isEqualTo(change.get("to").asString());
				assertThat(row.select("td").get(5).selectFirst("a").attr("href"))
					.isEqualTo(source(change).get("url").asString());
			}
			if (release.get("changes").isEmpty()) {
				assertThat(section.text()).contains("This release lists no itemised changes.");
			}
		}
		// Release 1.4, the first made from researched findings: all its changes, each
		// item linked to its page.
		List<Element> release14 = page.select("section#release-1-4 tbody tr");
		assertThat(release14).hasSize(CatalogJson.array("releases").get(0).get("changes").size()).hasSize(48);
		Element euros = release14.stream()
			.filter((row) -> row.text().contains("zlc-master-logistics-supply-chain-management")
					&& row.text().contains("tuition"))
			.findFirst()
			.orElseThrow();
		assertThat(euros.text()).contains("Degree", "added", "(none)",
				"EUR 24300 (whole degree, residential, edition of August 2026)");
		assertThat(euros.selectFirst("a[href=/degrees/zlc-master-logistics-supply-chain-management]")).isNotNull();
		assertThat(euros.selectFirst("a[href=https://www.zlc.edu.es/education/mit-scale-master-logistics/]"))
			.isNotNull();
		Element retired = page.select("section#release-1-3 tbody tr")
			.stream()
			.filter((row) -> row.text().contains("columbiax-business-analytics") && row.text().contains("status"))
			.findFirst()
			.orElseThrow();
		assertThat(retired.text()).contains("Program", "retired", "unknown");
		assertThat(retired.selectFirst("a[href=/programs/columbiax-business-analytics]")).isNotNull();
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/changes.atom");
	}

	@Test
	void shouldListTheReferenceRatesAsTheirOwnDatedEntryAmongTheReleases() throws Exception {
		Document page = Pages.fetch(this.mvc, "/changes");
		Element rates = page.getElementById("reference-rates");
		assertThat(rates.selectFirst("h2").text()).isEqualTo("Reference exchange rates taken 2026-12-04");
		assertThat(rates.selectFirst("h2 time").attr("datetime")).isEqualTo("2026-12-04");
		assertThat(rates.text()).contains("the average rate of 22 currencies against the US dollar for June 2026");
		assertThat(rates.selectFirst("a").attr("href")).isEqualTo("https://www.federalreserve.gov/releases/h10/");
		// Newest first: taken on the day catalog 1.4 was released, so listed above it.
		assertThat(page.select("main > section").eachAttr("id")).startsWith("reference-rates", "release-1-4",
				"release-1-3");
		Element sources = Pages.fetch(this.mvc, "/sources").getElementById("reference-rates");
		assertThat(sources.text()).contains("Reference exchange rates", "22 currencies", "June 2026", "Federal Reserve",
				"taken 2026-12-04", "datasets/exchange-rates");
	}

	@Test
	void shouldNameTheDataReleaseInEveryFooter() throws Exception {
		JsonNode latest = CatalogJson.array("releases").get(0);
		for (String url : List.of("/", "/programs", "/programs/mitx-supply-chain-management", "/sources", "/changes")) {
			Element link = Pages.fetch(this.mvc, url).selectFirst("footer a[href=/changes]");
			assertThat(link).as(url).isNotNull();
			assertThat(link.text()).as(url)
				.isEqualTo("Data release " + latest.get("version").asString() + " of " + latest.get("date").asString()
						+ ": what changed");
		}
		Element link = Pages.fetch(this.mvc, "/no-such-page", 404).selectFirst("footer a[href=/changes]");
		assertThat(link).isNotNull();
	}

	@Test
	void shouldPublishAnAtomFeedWithOneEntryPerReleaseUnderStableIds() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/changes.atom")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		org.w3c.dom.Document feed = parse(response.getContentAsByteArray());
		org.w3c.dom.Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(child(root, "id")).isEqualTo(uuid("stepping-stone:changes"));
		assertThat(child(root, "title")).isNotBlank();
		assertThat(child(root, "updated")).isEqualTo("2026-12-04T00:00:00Z");
		assertThat(links(root)).contains("self http://localhost/changes.atom", "alternate http://localhost/changes");
		assertThat(((org.w3c.dom.Element) root.getElementsByTagNameNS(ATOM, "author").item(0))
			.getElementsByTagNameNS(ATOM, "name")
			.item(0)
			.getTextContent()).isEqualTo("Stepping Stone");

		NodeList all = root.getElementsByTagNameNS(ATOM, "entry");
		List<JsonNode> releases = CatalogJson.array("releases");
		// The reference rates' entry, where /changes lists them: first (taken on or after
		// the newest release), with what the page says.
		assertThat(all.getLength()).isEqualTo(releases.size() + 1);
		org.w3c.dom.Element rates = (org.w3c.dom.Element) all.item(0);
		assertThat(child(rates, "id")).isEqualTo(uuid("stepping-stone:changes:rates:2026-12-04"));
		assertThat(child(rates, "title")).isEqualTo("Reference exchange rates taken 2026-12-04");
		assertThat(child(rates, "updated")).isEqualTo("2026-12-04T00:00:00Z");
		assertThat(child(rates, "summary"))
			.contains("the average rate of 22 currencies against the US dollar for June 2026");
		assertThat(child(rates, "content")).contains("https://www.federalreserve.gov/releases/h10/");
		assertThat(links(rates)).containsExactly("alternate http://localhost/changes#reference-rates",
				"related https://www.federalreserve.gov/releases/h10/");
		List<org.w3c.dom.Element> entries = new ArrayList<>();
		for (int i = 1; i < all.getLength(); i++) {
			entries.add((org.w3c.dom.Element) all.item(i));
		}
		for (int i = 0; i < entries.size(); i++) {
			org.w3c.dom.Element entry = entries.get(i);
			JsonNode release = releases.get(i);
			String version = release.get("version").asString();
			assertThat(child(entry, "id")).isEqualTo(uuid("stepping-stone:changes:release:" + version));
			assertThat(child(entry, "title")).isEqualTo("Catalog " + version);
			assertThat(child(entry, "updated")).isEqualTo(release.get("date").asString() + "T00:00:00Z");
			assertThat(child(entry, "summary")).isEqualTo(release.get("summary").asString());
			assertThat(links(entry))
				.containsExactly("alternate http://localhost/changes#release-" + version.replace('.', '-'));
			String content = child(entry, "content");
			for (JsonNode change : release.get("changes")) {
				assertThat(content).contains(change.get("id").asString() + ", ", "→ " + change.get("to").asString());
			}
		}
		byte[] again = this.mvc.perform(get("/changes.atom")).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(again, StandardCharsets.UTF_8))
			.isEqualTo(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static JsonNode source(JsonNode change) {
		return CatalogJson.array("sources")
			.stream()
			.filter((s) -> s.get("id").asString().equals(change.get("source_id").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	/** The text of an element's direct child in the Atom namespace. */
	private static String child(org.w3c.dom.Element parent, String name) {
		for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof org.w3c.dom.Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element.getTextContent();
			}
		}
		return null;
	}

	private static List<String> links(org.w3c.dom.Element parent) {
		List<String> links = new ArrayList<>();
		for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof org.w3c.dom.Element element && "link".equals(element.getLocalName())) {
				links.add(element.getAttribute("rel") + " " + element.getAttribute("href"));
			}
		}
		return links;
	}

	private static String uuid(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
