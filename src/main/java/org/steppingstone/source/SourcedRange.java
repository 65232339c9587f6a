package org.steppingstone.source;

import jakarta.persistence.Embeddable;

/**
 * A sourced range of whole numbers, such as a length in months or an effort in hours per
 * week. Embedded in the row it describes; a row whose columns for it are all null reads
 * as null.
 *
 * @param min the lower bound
 * @param max the upper bound, equal to min for a single figure
 * @param asOf the date the range is known to hold, or null when undated
 * @param sourceId the source the range comes from
 */
@Embeddable
public record SourcedRange(int min, int max, String asOf, String sourceId) {

	/**
	 * A sourced range kept where the table has no column for its date.
	 *
	 * @param min the lower bound
	 * @param max the upper bound
	 * @param sourceId the source the range comes from
	 */
	@Embeddable
	public record Undated(int min, int max, String sourceId) {

		public SourcedRange toRange() {
			return new SourcedRange(this.min, this.max, null, this.sourceId);
		}

	}

}
