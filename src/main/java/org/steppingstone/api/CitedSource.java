package org.steppingstone.api;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.source.Provenance;
import org.steppingstone.source.Source;

/**
 * A public page that values come from.
 *
 * @param id the id values name it by
 */
@Schema(description = "A public page that values come from.")
record CitedSource(@Schema(example = "mitx-scm-faq") String id, String title, String url, String publisher,
		@Schema(description = "Its own date: YYYY, YYYY-MM or YYYY-MM-DD; null when undated.",
				example = "2017") String publishedOn,
		@Schema(allowableValues = {
				"official", "press", "third-party", "learner" }) String kind){

	static CitedSource of(Source source) {
		return new CitedSource(source.getId(), source.getTitle(), source.getUrl(), source.getPublisher(),
				source.getPublishedOn(), source.getKind());
	}

	/** Every source an item's values and disagreements cite, by id. */
	static List<CitedSource> of(Provenance provenance) {
		return provenance.sources()
			.values()
			.stream()
			.sorted(Comparator.comparing(Source::getId))
			.map(CitedSource::of)
			.toList();
	}

}
