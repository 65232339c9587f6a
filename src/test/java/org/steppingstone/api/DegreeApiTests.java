package org.steppingstone.api;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.SCM;
import static org.steppingstone.CatalogJson.SCM_DEGREE;
import static org.steppingstone.api.Api.fields;
import static org.steppingstone.api.Api.find;
import static org.steppingstone.api.Api.texts;

/**
 * /api/v1/degrees over real HTTP, checked against the migrated database.
 */
@ApiTest
class DegreeApiTests {

	@Autowired
	private Api api;

	@Test
	void shouldListDegreesByTitleWithTheirPathwayCounts() {
		List<String> titles = this.api.column("select title from degrees");
		titles.sort(Collator.getInstance(Locale.ENGLISH));
		JsonNode list = this.api.get("/api/v1/degrees?size=100");
		assertThat(list.get("totalItems").asInt()).isEqualTo(titles.size());
		assertThat(texts(list.get("items"), "title")).containsExactlyElementsOf(titles);
		JsonNode scm = find(list.get("items"), SCM_DEGREE);
		assertThat(scm.get("pathwayCount").asInt())
			.isEqualTo(this.api.count("select count(*) from pathways where degree_id = ?", SCM_DEGREE));
		assertThat(fields(scm.get("tuition"), "amount", "asOf", "source")).containsExactly("74000", "2018-07-17",
				"elearninginside-2018-scm-early-success");
		assertThat(fields(scm.get("credits"), "value", "unit", "source")).containsExactly("90", "MIT-units",
				"mit-ctl-scmb-faq");
	}

	@ParameterizedTest
	@ValueSource(strings = { "country=US&accepts=true", "field=business-management", "delivery=online",
			"tuitionStated=false", "accepts=false", "tuitionStated=true&delivery=on-campus" })
	void shouldFilterAsTheDegreesPageDoes(String query) {
		List<String> onPage = this.api.linksOnPage("/degrees?" + query, ".program-card h2 a");
		JsonNode list = this.api.get("/api/v1/degrees?size=100&" + query);
		assertThat(onPage).isNotEmpty();
		assertThat(texts(list.get("items"), "links", "html")).containsExactlyElementsOf(onPage);
		assertThat(list.get("totalItems").asInt()).isEqualTo(onPage.size());
	}

	@Test
	void shouldKeepTheFiltersInThePageLinks() {
		JsonNode list = this.api.get("/api/v1/degrees?size=1&country=US&accepts=true");
		assertThat(list.at("/links/next").asString()).contains("country=US", "accepts=true", "page=1");
	}

	@Test
	void shouldShowADegreeWithTheProgramsItCountsAndItsDisagreements() {
		JsonNode degree = this.api.get("/api/v1/degrees/" + SCM_DEGREE);
		assertThat(degree.get("title").asString()).isEqualTo("Master's degree in Supply Chain Management");
		assertThat(degree.get("delivery").asString()).isEqualTo("on-campus");
		assertThat(degree.at("/lengthMonths/source").asString()).isEqualTo("mitx-scm-faq");
		assertThat(degree.at("/lengthMonths/asOf").isNull()).isTrue();
		assertThat(texts(degree.get("pathways"), "id")).containsExactlyElementsOf(this.api
			.column("select w.id from pathways w join programs p on p.id = w.program_id where w.degree_id = ? "
					+ "order by p.title, w.id", SCM_DEGREE));
		assertThat(degree.at("/pathways/0/program/id").asString()).isEqualTo(SCM);
		assertThat(degree.at("/pathways/0/sourceIds")).hasSize(9);
		assertThat(texts(degree.get("disagreements"), "field")).contains("title", "tuition", "credit");
		assertThat(Set.copyOf(texts(degree.get("citedSources"), "id"))).containsAll(texts(degree.get("sourceIds")));
	}

}
