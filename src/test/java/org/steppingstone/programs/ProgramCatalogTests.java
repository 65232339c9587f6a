package org.steppingstone.programs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramCatalogTests {

	@Test
	void shouldSearchWithoutCaseOrAccents() {
		assertThat(ProgramListing.normalize("  Université de MONTRÉAL ")).isEqualTo("universite de montreal");
	}

	@Test
	void shouldDefaultToSortingByTitle() {
		ProgramQuery query = new ProgramQuery();
		assertThat(query.sortOrDefault()).isEqualTo("title");
		query.setSort(" ");
		assertThat(query.getSort()).isNull();
		query.setSort("price");
		assertThat(query.sortOrDefault()).isEqualTo("price");
	}

	@Test
	void shouldListActiveFiltersWithLinksThatRemoveThem() {
		ProgramQuery query = new ProgramQuery();
		query.setField("engineering");
		query.setQ("robots");
		var filters = query.activeFilters(org.springframework.web.util.UriComponentsBuilder.fromPath("/programs")
			.query("field=engineering&q=robots&sort=price"), (id) -> id);
		assertThat(filters).extracting(ProgramQuery.ActiveFilter::value).containsExactly("Engineering", "robots");
		assertThat(filters).extracting(ProgramQuery.ActiveFilter::removeUrl)
			.containsExactly("/programs?q=robots&sort=price", "/programs?field=engineering&sort=price");
	}

}
