package org.steppingstone.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.steppingstone.CatalogJson;

import static org.assertj.core.api.Assertions.assertThat;

class WorldRegionTests {

	@Test
	void shouldPutEveryCountryInOneRegion() {
		Set<String> countries = Set.of(Locale.getISOCountries());
		for (String country : countries) {
			long regions = Arrays.stream(WorldRegion.values()).filter((r) -> r.contains(country)).count();
			// Antarctica is in none.
			assertThat(regions).as(country).isEqualTo(country.equals("AQ") ? 0 : 1);
		}
		assertThat(WorldRegion.of("US")).contains(WorldRegion.NORTHERN_AMERICA);
		assertThat(WorldRegion.of("MX")).contains(WorldRegion.LATIN_AMERICA);
		assertThat(WorldRegion.of("HK")).contains(WorldRegion.ASIA);
		assertThat(WorldRegion.of("GB")).contains(WorldRegion.EUROPE);
		assertThat(WorldRegion.of("AU")).contains(WorldRegion.OCEANIA);
		assertThat(WorldRegion.of("ZZ")).isEmpty();
	}

	@Test
	void shouldNameEveryRegionInItsPattern() {
		assertThat(WorldRegion.SLUG_PATTERN)
			.isEqualTo(Arrays.stream(WorldRegion.values()).map(WorldRegion::getSlug).collect(Collectors.joining("|")));
	}

	@Test
	void shouldKnowTheRegionOfEveryUniversityInTheCatalog() {
		CatalogJson.array("institutions")
			.forEach((i) -> assertThat(WorldRegion.of(i.get("country").asString())).as(i.get("id").asString())
				.isPresent());
	}

}
