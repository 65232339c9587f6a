package org.steppingstone.api;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.SCM_PATHWAY;
import static org.steppingstone.api.Api.texts;

/**
 * /api/v1/pathways over real HTTP, checked against the migrated database and against the
 * pathways page it mirrors.
 */
@ApiTest
class PathwayApiTests {

	@Autowired
	private Api api;

	@Test
	void shouldListEveryPathwayByProgramTitle() {
		JsonNode list = this.api.get("/api/v1/pathways?size=100&includeHistorical=true");
		Collator collator = Collator.getInstance(Locale.ENGLISH);
		List<String> ids = this.api
			.column("select p.title || '|' || w.id from pathways w join programs p on p.id = w.program_id")
			.stream()
			.map((row) -> row.split("\\|"))
			.sorted(Comparator.comparing((String[] row) -> row[0], collator).thenComparing((row) -> row[1]))
			.map((row) -> row[1])
			.toList();
		assertThat(texts(list.get("items"), "id")).containsExactlyElementsOf(ids);
		assertThat(list.get("totalItems").asInt()).isEqualTo(38);
		assertThat(this.api.get("/api/v1/pathways?size=100").get("totalItems").asInt()).isEqualTo(34);
		list.get("items").forEach((p) -> assertThat(p.get("sourceIds")).as(p.get("id").asString()).isNotEmpty());
	}

	@ParameterizedTest
	@CsvSource({ "kind=credit&minShare=25", "country=AU", "institution=mit", "kind=admission", "minShare=100" })
	void shouldFilterAsThePathwaysPageDoes(String query) {
		List<String> onPage = this.api.linksOnPage("/pathways?" + query, "table tbody tr th a");
		JsonNode list = this.api.get("/api/v1/pathways?size=100&" + query);
		assertThat(texts(list.get("items"), "links", "html")).containsExactlyElementsOf(onPage);
	}

	@Test
	void shouldShowAPathwayWithTheFiguresOfItsProgramAndDegree() {
		JsonNode pathway = this.api.get("/api/v1/pathways/" + SCM_PATHWAY);
		assertThat(pathway.get("kind").asString()).isEqualTo("credit");
		assertThat(pathway.get("asOf").asString()).isEqualTo("2019");
		assertThat(pathway.get("admissionRequired").asBoolean()).isTrue();
		assertThat(pathway.get("onCampusRequired").asBoolean()).isTrue();
		assertThat(texts(pathway.get("conditions"))).containsExactlyElementsOf(this.api
			.column("select text from pathway_conditions where pathway_id = ? order by position", SCM_PATHWAY));
		assertThat(pathway.at("/program/price/amount").decimalValue()).isEqualByComparingTo("1350");
		assertThat(pathway.at("/program/price/source").asString()).isEqualTo("mitx-scm-faq");
		assertThat(pathway.at("/degree/tuition/amount").decimalValue()).isEqualByComparingTo("74000");
		assertThat(pathway.at("/degree/credits/value").decimalValue()).isEqualByComparingTo("90");
		JsonNode credit = pathway.get("disagreements").get(0);
		assertThat(credit.get("field").asString()).isEqualTo("credit");
		assertThat(credit.get("aboutId").asString()).isEqualTo(SCM_PATHWAY);
		assertThat(Set.copyOf(texts(pathway.get("citedSources"), "id"))).contains("mitx-scm-faq",
				"elearninginside-2018-scm-early-success", "mit-ctl-scmb-faq");
	}

}
