package org.steppingstone.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesTests {

	@Test
	void shouldSortTitlesAsPeopleReadThem() {
		List<String> titles = List.of("MS in Data Science", "Master of Science (Computer Science)", "École de gestion",
				"Executive Master", "data analytics");
		assertThat(titles.stream().sorted(Titles.ORDER).toList()).containsExactly("data analytics", "École de gestion",
				"Executive Master", "Master of Science (Computer Science)", "MS in Data Science");
		assertThat(titles.stream().sorted().toList()).as("code-point order, for contrast")
			.startsWith("Executive Master", "MS in Data Science");
	}

}
