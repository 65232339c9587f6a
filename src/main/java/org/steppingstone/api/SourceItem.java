package org.steppingstone.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.source.Citation;
import org.steppingstone.source.Source;

/**
 * A public page that catalog values come from (the fields of a {@link CitedSource}), with
 * the facts it backs.
 */
@Schema(description = "A public page that catalog values come from, with the facts it backs.")
record SourceItem(@JsonUnwrapped CitedSource source,
		@Schema(description = "The facts it backs; empty for a background source.") List<Cited> citations) {

	static SourceItem of(Source source, List<Citation> citations) {
		return new SourceItem(CitedSource.of(source), citations.stream().map(Cited::of).toList());
	}

	/**
	 * One fact a source backs.
	 *
	 * @param itemId the id of that item
	 * @param itemTitle its title
	 * @param fact what the source backs there, such as {@code price}, {@code length} or
	 * {@code course}
	 */
	@Schema(name = "SourceCitation", description = "One fact a source backs.")
	record Cited(@Schema(allowableValues = {
			"program", "degree", "pathway" }) String item, String itemId, String itemTitle,
			@Schema(example = "price",
					allowableValues = { "price", "length", "effort", "audit", "program", "course", "credits", "tuition",
							"degree", "pathway", "disagreement" }) String fact,
			@Schema(example = "/api/v1/programs/mitx-supply-chain-management") String self){

		static Cited of(Citation citation) {
			return new Cited(citation.getPage(), citation.getPageId(), citation.getPageTitle(), citation.getFact(),
					"/api/v1/" + citation.getPage() + "s/" + citation.getPageId());
		}

	}

}
