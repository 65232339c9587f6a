package org.steppingstone.api;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.SCM;
import static org.steppingstone.api.Api.find;
import static org.steppingstone.api.Api.texts;

/**
 * /api/v1/institutions and /api/v1/sources over real HTTP, checked against the migrated
 * database.
 */
@ApiTest
class InstitutionApiTests {

	@Autowired
	private Api api;

	@Test
	void shouldListInstitutionsByNameWithWhatTheyOfferAndReceive() {
		JsonNode list = this.api.get("/api/v1/institutions?size=100");
		assertThat(texts(list.get("items"), "name"))
			.containsExactlyElementsOf(this.api.column("select name from institutions order by name"));
		JsonNode mit = find(list.get("items"), "mit");
		assertThat(mit.get("shortName").asString()).isEqualTo("MITx");
		assertThat(mit.get("country").asString()).isEqualTo("US");
		assertThat(mit.get("programCount").asInt())
			.isEqualTo(this.api.count("select count(*) from programs where institution_id = 'mit'"));
		assertThat(mit.get("acceptedPathwayCount").asInt())
			.isEqualTo(this.api.count("select count(*) from pathways where institution_id = 'mit'"));
		assertThat(mit.get("html").asString()).isEqualTo("/institutions/mit");
		// ColumbiaX's one program is retired and the four pathways into Columbia
		// historical.
		JsonNode columbia = find(list.get("items"), "columbia-university");
		assertThat(columbia.get("programCount").asInt()).isEqualTo(this.api
			.count("select count(*) from programs where institution_id = 'columbia-university' and retired_on is null"))
			.isEqualTo(1);
		assertThat(columbia.get("acceptedPathwayCount").asInt()).isEqualTo(this.api.count(
				"select count(*) from pathways where institution_id = 'columbia-university' and status <> 'historical'"));
		// What is left out is counted apart, so the list adds up to the university's
		// page.
		assertThat(columbia.get("retiredProgramCount").asInt()).isEqualTo(1);
		assertThat(columbia.get("historicalPathwayCount").asInt()).isEqualTo(4);
		assertThat(mit.get("retiredProgramCount").asInt()).isZero();
	}

	@Test
	void shouldListEverySourceWithTheFactsItBacks() {
		JsonNode first = this.api.get("/api/v1/sources?size=100");
		JsonNode rest = this.api.get("/api/v1/sources?size=100&page=1");
		assertThat(first.get("totalItems").asInt()).isEqualTo(119);
		assertThat(first.get("items").size() + rest.get("items").size()).isEqualTo(119);
		JsonNode faq = find(first.get("items"), "mitx-scm-faq");
		assertThat(faq.get("kind").asString()).isEqualTo("official");
		assertThat(faq.get("citations")
			.valueStream()
			.filter((c) -> c.get("itemId").asString().equals(SCM) && c.get("fact").asString().equals("price"))
			.toList()).hasSize(1);
		assertThat(faq.at("/citations/0/self").asString()).startsWith("/api/v1/");
		int citations = this.api.count("select count(*) from source_citations");
		int listed = Stream.of(first, rest)
			.flatMap((page) -> page.get("items").valueStream())
			.mapToInt((s) -> s.get("citations").size())
			.sum();
		assertThat(listed).isEqualTo(citations);
	}

}
