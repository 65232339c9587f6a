package org.steppingstone.changes;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every program, degree and pathway page links an Atom feed of the catalog changes that
 * touched its item (its values, its disagreements and a program's courses): a valid RFC
 * 4287 feed, read here with the JDK's namespace-aware XML parser, with ids that do not
 * change, {@code updated} from the release date, and an entry per change that says what
 * changed, from what to what, with its source. An unknown id is the site's 404 page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ItemFeedTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String PROGRAM = "polyu-international-hospitality-management";

	private static final String DEGREE = "zlc-master-logistics-supply-chain-management";

	private static final String PATHWAY = "mitx-statistics-and-data-science-to-utec-blended-masters-data-science";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldPublishTheChangesOfAProgramAndItsCourses() throws Exception {
		org.w3c.dom.Element feed = feed("/programs/" + PROGRAM + "/changes.atom",
				"Stepping Stone: what changed about The Hong Kong Polytechnic University's MicroMasters Program in"
						+ " International Hospitality Management");
		List<JsonNode> changes = changesOf(PROGRAM);
		assertThat(changes).hasSize(5);
		assertEntries(feed, "/programs/" + PROGRAM, changes);
		assertThat(text(entries(feed).get(1), "title"))
			.isEqualTo("Catalog 1.4: the whole item, (none) → Luxury Management");
	}

	@Test
	void shouldPublishTheChangesOfADegreeAndItsDisagreements() throws Exception {
		org.w3c.dom.Element feed = feed("/degrees/" + DEGREE + "/changes.atom",
				"Stepping Stone: what changed about Zaragoza Logistics Center's MIT SCALE Master in Logistics and"
						+ " Supply Chain Management (ZLOG)");
		List<JsonNode> changes = changesOf(DEGREE);
		assertThat(changes).extracting((change) -> change.get("entity").asString() + " " + change.get("field"))
			.containsExactly("degrees null", "degrees \"tuition\"", "degrees \"credits_total\"",
					"degrees \"length_months\"", "conflicts \"length_months\"");
		assertEntries(feed, "/degrees/" + DEGREE, changes);
		org.w3c.dom.Element tuition = entries(feed).get(1);
		assertThat(text(tuition, "title"))
			.isEqualTo("Catalog 1.4: tuition, (none) → EUR 24300 (whole degree, residential, edition of August 2026)");
		assertThat(text(tuition, "content")).isEqualTo("added: Degree " + DEGREE
				+ ", tuition: - → EUR 24300 (whole degree, residential, edition of August 2026) (source: "
				+ source("zlc-mit-scale-master-logistics").get("title").asString()
				+ ", https://www.zlc.edu.es/education/mit-scale-master-logistics/)");
	}

	@Test
	void shouldPublishTheChangesOfAPathway() throws Exception {
		org.w3c.dom.Element feed = feed("/pathways/" + PATHWAY + "/changes.atom",
				"Stepping Stone: what changed about Massachusetts Institute of Technology's MicroMasters Program in"
						+ " Statistics and Data Science → "
						+ CatalogJson.item("institutions", "utec-uruguay").get("name").asString() + "'s "
						+ CatalogJson.item("degrees", "utec-blended-masters-data-science").get("title").asString());
		List<JsonNode> changes = changesOf(PATHWAY);
		assertThat(changes).hasSize(1);
		assertEntries(feed, "/pathways/" + PATHWAY, changes);
		assertThat(text(entries(feed).get(0), "title")).isEqualTo("Catalog 1.4: status, unverified → published");
	}

	@Test
	void shouldPublishAnEmptyButValidFeedForAnItemThatNeverChanged() throws Exception {
		String id = "mitx-finance";
		assertThat(changesOf(id)).isEmpty();
		org.w3c.dom.Element feed = feed("/programs/" + id + "/changes.atom",
				"Stepping Stone: what changed about Massachusetts Institute of Technology's MicroMasters Program in"
						+ " Finance");
		assertThat(entries(feed)).isEmpty();
		List<JsonNode> releases = CatalogJson.array("releases");
		assertThat(text(feed, "updated"))
			.isEqualTo(releases.get(releases.size() - 1).get("date").asString() + "T00:00:00Z");
	}

	@Test
	void shouldLinkEachItemsFeedFromItsPage() throws Exception {
		for (String page : List.of("/programs/" + PROGRAM, "/degrees/" + DEGREE, "/pathways/" + PATHWAY,
				"/programs/mitx-finance")) {
			org.jsoup.nodes.Document html = Pages.fetch(this.mvc, page);
			assertThat(html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(page)
				.containsExactly("/changes.atom", page + "/changes.atom");
			Element follow = html.selectFirst("main a[href=" + page + "/changes.atom]");
			assertThat(follow).as(page).isNotNull();
			assertThat(follow.text()).as(page).startsWith("Follow changes to this ").endsWith("(Atom feed)");
		}
	}

	@Test
	void shouldAnswerAnUnknownIdWithTheSites404Page() throws Exception {
		for (String url : List.of("/programs/no-such-program/changes.atom", "/degrees/no-such-degree/changes.atom",
				"/pathways/no-such-pathway/changes.atom", "/pathways/" + PROGRAM + "/changes.atom")) {
			org.jsoup.nodes.Document page = Pages.fetch(this.mvc, url, 404);
			assertThat(page.selectFirst("h1")).as(url).isNotNull();
			assertThat(page.selectFirst("footer a[href=/changes]")).as(url).isNotNull();
		}
	}

	/** The changes of the catalog that touch an item, newest release first. */
	private static List<JsonNode> changesOf(String id) {
		Set<String> ids = new HashSet<>(Set.of(id));
		CatalogJson.array("courses")
			.stream()
			.filter((course) -> course.get("program_id").asString().equals(id))
			.forEach((course) -> ids.add(course.get("id").asString()));
		List<JsonNode> changes = new ArrayList<>();
		for (JsonNode release : CatalogJson.array("releases")) {
			for (JsonNode change : release.get("changes")) {
				if (ids.contains(change.get("id").asString()) && !change.get("entity").asString().equals("sources")) {
					changes.add(change);
				}
			}
		}
		return changes;
	}

	private org.w3c.dom.Element feed(String url, String title) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		assertThat(response.getHeader("ETag")).isNotBlank();
		Document document = parse(response.getContentAsByteArray());
		org.w3c.dom.Element feed = document.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		// RFC 4287, 4.1.1: exactly one id, title and updated; an author; a self link.
		for (String name : List.of("id", "title", "updated", "author", "subtitle")) {
			assertThat(children(feed, name)).as(name).hasSize(1);
		}
		assertThat(text(feed, "title")).isEqualTo(title);
		String path = url.substring(0, url.length() - "/changes.atom".length());
		String kind = path.split("/")[1];
		String id = path.split("/")[2];
		assertThat(text(feed, "id")).isEqualTo(uuid("stepping-stone:changes:" + kind + ":" + id));
		assertThat(URI.create(text(feed, "id")).isAbsolute()).isTrue();
		Instant.parse(text(feed, "updated"));
		assertThat(links(feed)).containsExactly("self application/atom+xml http://localhost" + url,
				"alternate text/html http://localhost" + path);
		byte[] again = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray();
		assertThat(again).isEqualTo(response.getContentAsByteArray());
		return feed;
	}

	private static void assertEntries(org.w3c.dom.Element feed, String page, List<JsonNode> changes) {
		List<org.w3c.dom.Element> entries = entries(feed);
		assertThat(entries).hasSize(changes.size());
		Set<String> ids = new HashSet<>();
		String newest = null;
		for (int i = 0; i < entries.size(); i++) {
			org.w3c.dom.Element entry = entries.get(i);
			JsonNode change = changes.get(i);
			JsonNode release = releaseOf(change);
			for (String name : List.of("id", "title", "updated", "content")) {
				assertThat(children(entry, name)).as(name).hasSize(1);
			}
			int position = 1;
			for (JsonNode listed : release.get("changes")) {
				if (listed == change) {
					break;
				}
				position++;
			}
			assertThat(text(entry, "id")).isEqualTo(uuid(
					"stepping-stone:changes:release:" + release.get("version").asString() + ":change:" + position));
			assertThat(ids.add(text(entry, "id"))).isTrue();
			assertThat(text(entry, "updated")).isEqualTo(release.get("date").asString() + "T00:00:00Z");
			newest = (newest == null) ? text(entry, "updated") : newest;
			String to = change.get("to").isNull() ? "(none)" : change.get("to").asString();
			String from = change.get("from").isNull() ? "(none)" : change.get("from").asString();
			assertThat(text(entry, "title")).startsWith("Catalog " + release.get("version").asString() + ": ")
				.endsWith(from + " → " + to);
			assertThat(children(entry, "content").get(0).getAttribute("type")).isEqualTo("text");
			JsonNode source = source(change.get("source_id").asString());
			assertThat(text(entry, "content")).contains(change.get("id").asString(), "→ " + change.get("to").asString(),
					source.get("title").asString(), source.get("url").asString());
			assertThat(links(entry)).containsExactly("alternate text/html http://localhost" + page,
					"related  " + source.get("url").asString());
		}
		if (newest != null) {
			assertThat(text(feed, "updated")).isEqualTo(newest);
		}
	}

	private static JsonNode releaseOf(JsonNode change) {
		for (JsonNode release : CatalogJson.array("releases")) {
			for (JsonNode listed : release.get("changes")) {
				if (listed == change) {
					return release;
				}
			}
		}
		throw new IllegalArgumentException(change.toString());
	}

	private static JsonNode source(String id) {
		return CatalogJson.item("sources", id);
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<org.w3c.dom.Element> entries(org.w3c.dom.Element feed) {
		return children(feed, "entry");
	}

	/** The direct children of an element in the Atom namespace with this name. */
	private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
		List<org.w3c.dom.Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof org.w3c.dom.Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	private static String text(org.w3c.dom.Element parent, String name) {
		List<org.w3c.dom.Element> children = children(parent, name);
		return children.isEmpty() ? null : children.get(0).getTextContent();
	}

	private static List<String> links(org.w3c.dom.Element parent) {
		List<String> links = new ArrayList<>();
		for (org.w3c.dom.Element link : children(parent, "link")) {
			links.add(link.getAttribute("rel") + " " + link.getAttribute("type") + " " + link.getAttribute("href"));
		}
		return links;
	}

	private static String uuid(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
