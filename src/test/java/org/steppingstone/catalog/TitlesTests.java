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

	@Test
	void shouldShortenTitlesForAHeadingOnAPhone() {
		assertThat(Titles.shortProgram("MicroMasters Program in Supply Chain Management"))
			.isEqualTo("MicroMasters in Supply Chain Management");
		assertThat(Titles.shortProgram("Data Science Essentials")).isEqualTo("Data Science Essentials");
		assertThat(Titles.shortDegree("Master of Science in Electrical and Computer Engineering (online)"))
			.isEqualTo("MS in Electrical and Computer Engineering");
		assertThat(Titles.shortDegree("Master of Science (Computer Science)")).isEqualTo("MS in Computer Science");
		assertThat(Titles.shortDegree("Master of Liberal Arts (ALM) in Extension Studies, field of Sustainability"))
			.isEqualTo("ALM in Sustainability");
		assertThat(Titles.shortDegree("Master of Engineering in Advanced Manufacturing and Design"))
			.isEqualTo("MEng in Advanced Manufacturing and Design");
		assertThat(Titles.shortDegree("Master's degree in Supply Chain Management"))
			.isEqualTo("Master's in Supply Chain Management");
		assertThat(Titles.shortDegree("Online Master of Science in Analytics (OMS Analytics)"))
			.isEqualTo("Online MS in Analytics");
		assertThat(Titles.shortDegree("Master of Human Rights")).isEqualTo("Master of Human Rights");
	}

}
