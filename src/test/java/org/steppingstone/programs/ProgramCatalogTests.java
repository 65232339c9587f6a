package org.steppingstone.programs;

import org.junit.jupiter.api.Test;
import org.steppingstone.Forms;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramCatalogTests {

	@Test
	void shouldSearchWithoutCaseOrAccents() {
		assertThat(ProgramListing.normalize("  Université de MONTRÉAL ")).isEqualTo("universite de montreal");
	}

	@Test
	void shouldDefaultToSortingByTitle() {
		assertThat(Forms.bind(ProgramQuery.class).sortOrDefault()).isEqualTo("title");
		ProgramQuery blank = Forms.bind(ProgramQuery.class, "sort", " ");
		assertThat(blank.sort()).isNull();
		assertThat(blank.sortOrDefault()).isEqualTo("title");
		assertThat(Forms.bind(ProgramQuery.class, "sort", " price ").sortOrDefault()).isEqualTo("price");
	}

	@Test
	void shouldListActiveFiltersWithLinksThatRemoveThem() {
		ProgramQuery query = Forms.bind(ProgramQuery.class, "field", "engineering", "q", "robots");
		var filters = query.activeFilters(org.springframework.web.util.UriComponentsBuilder.fromPath("/programs")
			.query("field=engineering&q=robots&sort=price"), (id) -> id);
		assertThat(filters).extracting(ProgramQuery.ActiveFilter::value).containsExactly("Engineering", "robots");
		assertThat(filters).extracting(ProgramQuery.ActiveFilter::removeUrl)
			.containsExactly("/programs?q=robots&sort=price", "/programs?field=engineering&sort=price");
	}

}
