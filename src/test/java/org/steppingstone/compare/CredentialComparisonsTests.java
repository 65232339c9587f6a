package org.steppingstone.compare;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steppingstone.guide.ComparisonAspect;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialComparisonsTests {

	@Test
	void shouldFindTheSourceDocumentsRowByItsPositionWhateverItsWording() {
		ComparisonAspect renamed = aspect(3, "Price tag", "Lower", "Higher");
		ComparisonAspect nature = aspect(1, "Nature", "Credential", "Degree");
		Map<String, ComparisonAspect> byRow = CredentialComparisons.aspectsByRow(List.of(renamed, nature));
		assertThat(byRow).containsOnlyKeys("cost", "nature");
		assertThat(byRow.get("cost").getMicromasters()).isEqualTo("Lower");
		assertThat(byRow.get("nature").getMasters()).isEqualTo("Degree");
	}

	private static ComparisonAspect aspect(int position, String text, String micromasters, String masters) {
		return new ComparisonAspect() {

			@Override
			public int getPosition() {
				return position;
			}

			@Override
			public String getAspect() {
				return text;
			}

			@Override
			public String getMicromasters() {
				return micromasters;
			}

			@Override
			public String getMasters() {
				return masters;
			}

		};
	}

}
