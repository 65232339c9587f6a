package org.steppingstone.pathways;

import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A pathway's status words rest on its sources and never contradict them: worked out here
 * from the data file for every pathway, and compared with its page, the list, the API,
 * its route's card or one-line entry on /routes and the routes API, its degree's table,
 * its program's card and its receiving university's table.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PathwayEvidenceTests {

	private static final Map<String, String> WORDS = Map.of("confirmed", "confirmed on the university's own pages",
			"officialSilent", "not confirmed: its official sources do not state it", "unofficial",
			"not confirmed: no official source", "historical", "historical: the MicroMasters has retired");

	@Autowired
	private MockMvc mvc;

	/**
	 * A curator's note is never passed off as a source's words: every note beside a
	 * figure on a program's, a degree's or a route's page says it is ours, and a
	 * pathway's credit text is labelled as our summary.
	 */
	@Test
	void shouldLabelOurOwnNotesAsOurs() throws Exception {
		int notes = 0;
		for (String kind : new String[] { "programs", "degrees" }) {
			for (JsonNode item : CatalogJson.array(kind)) {
				Document page = Pages.fetch(this.mvc, "/" + kind + "/" + item.get("id").asString());
				for (Element note : page.select("dl.facts dd .note, .retired-notice .note")) {
					assertThat(note.text()).as(item.get("id").asString()).startsWith("Our note: ");
					notes++;
				}
				assertThat(page.text()).doesNotContain("sources' words");
			}
		}
		Document routes = Pages.fetch(this.mvc, "/routes?includeHistorical=true");
		for (Element note : routes.select(".route-details dd .note")) {
			if (!note.text().startsWith("Charged in full")) {
				assertThat(note.text()).startsWith("Our note: ");
				notes++;
			}
		}
		assertThat(notes).isGreaterThan(20);
		for (JsonNode pathway : CatalogJson.array("pathways")) {
			Document page = Pages.fetch(this.mvc, "/pathways/" + pathway.get("id").asString());
			assertThat(page.select("dl.pathway-facts dt").eachText()).contains("Our summary of its sources")
				.doesNotContain("In our sources' words");
		}
	}

	@Test
	void shouldWordEveryPathwaysStatusFromItsSourcesOnItsPageTheListAndTheApi() throws Exception {
		Map<String, String> kinds = CatalogJson.array("sources")
			.stream()
			.collect(Collectors.toMap((s) -> s.get("id").asString(), (s) -> s.get("kind").asString()));
		Document list = Pages.fetch(this.mvc, "/pathways?includeHistorical=true");
		Document routes = Pages.fetch(this.mvc, "/routes?includeHistorical=true");
		JsonNode routesApi = Pages.json(this.mvc, "/api/v1/routes?includeHistorical=true");
		Map<String, String> routeEvidence = new java.util.HashMap<>();
		for (String part : new String[] { "ranked", "unranked" }) {
			routesApi.get(part)
				.forEach((r) -> routeEvidence.put(r.get("pathway").asString(), r.get("evidence").asString()));
		}
		int routesChecked = 0;
		Map<String, Integer> seen = new java.util.TreeMap<>();
		for (JsonNode pathway : CatalogJson.array("pathways")) {
			String id = pathway.get("id").asString();
			long official = pathway.get("source_ids")
				.valueStream()
				.filter((s) -> "official".equals(kinds.get(s.asString())))
				.count();
			String status = pathway.get("status").asString();
			String evidence = switch (status) {
				case "historical" -> "historical";
				case "published" -> "confirmed";
				default -> (official > 0) ? "officialSilent" : "unofficial";
			};
			seen.merge(evidence, 1, Integer::sum);

			Document page = Pages.fetch(this.mvc, "/pathways/" + id);
			Element facts = page.selectFirst("dl.pathway-facts");
			assertThat(facts.select(".badge").eachText()).as(id).containsExactly(WORDS.get(evidence));
			if (official > 0) {
				// Never "no official source" beside a source marked official.
				assertThat(facts.select(".inline-sources .kind").eachText()).as(id)
					.anyMatch((k) -> k.contains("official"));
				assertThat(facts.text()).as(id).doesNotContain("no official source");
			}
			Element row = list.select("table tbody tr")
				.stream()
				.filter((tr) -> tr.select("a[href=/pathways/" + id + "]").size() > 0)
				.findFirst()
				.orElseThrow();
			assertThat(row.text()).as(id).contains(WORDS.get(evidence));

			// Its route, on /routes and in the routes API, says the same; a pathway to a
			// non-degree program is no route.
			if (!"non-degree".equals(pathway.get("kind").asString())) {
				Element entry = routes.select("article.route-card, ul.blocked-list > li")
					.stream()
					.filter((e) -> e.select("a[href=/pathways/" + id + "]").size() > 0)
					.findFirst()
					.orElseThrow(() -> new AssertionError("no route for " + id));
				assertThat(entry.select(".route-status").eachText()).as(id)
					.containsExactly("Status: " + WORDS.get(evidence));
				assertThat(routeEvidence.get(id)).as(id).isEqualTo(evidence);
				routesChecked++;
			}
			// The program's card and the tables of its degree and receiving university.
			Document program = Pages.fetch(this.mvc, "/programs/" + pathway.get("program_id").asString());
			Element card = program.select("article.pathway-card")
				.stream()
				.filter((a) -> a.select("a[href=/pathways/" + id + "]").size() > 0)
				.findFirst()
				.orElseThrow();
			assertThat(card.select(".badge").eachText()).as(id).contains(WORDS.get(evidence));
			java.util.List<String> tables = new java.util.ArrayList<>();
			tables.add("/institutions/" + pathway.get("institution_id").asString());
			if (!pathway.get("degree_id").isNull()) {
				tables.add("/degrees/" + pathway.get("degree_id").asString());
			}
			for (String url : tables) {
				Element tr = Pages.fetch(this.mvc, url)
					.select("table.pathways tbody tr")
					.stream()
					.filter((r) -> r.select("a[href=/pathways/" + id + "]").size() > 0)
					.findFirst()
					.orElseThrow(() -> new AssertionError(id + " not in " + url));
				assertThat(tr.select("td[data-label=Status]").text()).as(id + " on " + url)
					.isEqualTo(WORDS.get(evidence));
			}

			String json = this.mvc.perform(get("/api/v1/pathways/" + id))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(JsonMapper.builder().build().readTree(json).get("evidence").asString()).as(id)
				.isEqualTo(evidence);
		}
		// Every kind of evidence occurs in catalog 1.3, so each wording above was checked
		// at least once.
		assertThat(seen).containsOnlyKeys(WORDS.keySet());
		assertThat(seen.get("officialSilent")).isEqualTo(10);
		assertThat(routesChecked).isEqualTo(routeEvidence.size()).isEqualTo(37);
	}

}
