package org.steppingstone.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.source.Conflict;
import org.steppingstone.source.ConflictValue;
import org.steppingstone.source.Provenance;

/**
 * A fact the sources disagree on, with every value they give; exactly one is the value
 * the catalog keeps.
 *
 * @param id the disagreement's id
 * @param values each source's value
 */
@Schema(description = "A fact the sources disagree on, with every value they give.")
record Disagreement(String id, @Schema(description = "What the disagreement is about.", allowableValues = {
		"program", "course", "degree", "pathway", "institution" }) String about,
		@Schema(description = "The id of that item.") String aboutId,
		@Schema(description = "What the site calls that item.") String label,
		@Schema(description = "The disputed field.", example = "price_usd") String field, List<Value> values){

	static List<Disagreement> of(Provenance provenance) {
		return provenance.conflicts()
			.stream()
			.map((c) -> new Disagreement(c.getId(), c.getEntity(), c.getEntityId(), provenance.label(c), c.getField(),
					c.getValues().stream().map(Value::of).toList()))
			.toList();
	}

	/**
	 * One source's value.
	 *
	 * @param leftEmpty whether this is the catalog's choice to leave the field empty
	 * @param source the id of the source
	 * @param note what the value covers
	 */
	@Schema(name = "DisagreementValue", description = "One source's value for a disputed fact.")
	record Value(
			@Schema(description = "The value as the source gives it: numbers, ranges and words mixed; null "
					+ "when the catalog chose to leave the field empty.", example = "1200-1500") String value,
			boolean leftEmpty, String source, String note,
			@Schema(description = "Whether this is the value the catalog shows.") boolean kept) {

		static Value of(ConflictValue value) {
			return new Value(value.isLeftEmpty() ? null : value.getValue(), value.isLeftEmpty(), value.getSourceId(),
					value.getNote(), value.isKept());
		}

	}

}
