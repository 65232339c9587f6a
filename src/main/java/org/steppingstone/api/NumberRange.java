package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.source.SourcedRange;

/**
 * A range of whole numbers as a source states it, such as a length in months.
 */
@Schema(description = "A range of whole numbers (min = max for a single figure) with its source and date.")
record NumberRange(int min, int max, @Schema(description = "The id of the source (see /api/v1/sources).") String source,
		@Schema(description = Money.AS_OF, example = "2022") String asOf) {

	static NumberRange of(SourcedRange range) {
		return (range != null) ? new NumberRange(range.min(), range.max(), range.sourceId(), range.asOf()) : null;
	}

}
