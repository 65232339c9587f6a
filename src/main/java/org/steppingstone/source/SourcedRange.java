package org.steppingstone.source;

/**
 * A sourced range of whole numbers, such as a length in months or an effort in hours per
 * week.
 *
 * @param min the lower bound
 * @param max the upper bound, equal to min for a single figure
 * @param asOf the date the range is known to hold, or null when undated
 * @param sourceId the source the range comes from
 */
public record SourcedRange(int min, int max, String asOf, String sourceId) {

	public static SourcedRange of(Integer min, Integer max, String asOf, String sourceId) {
		return (sourceId != null && min != null && max != null) ? new SourcedRange(min, max, asOf, sourceId) : null;
	}

}
