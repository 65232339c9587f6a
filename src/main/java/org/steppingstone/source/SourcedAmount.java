package org.steppingstone.source;

import java.math.BigDecimal;

/**
 * A sourced sum of US dollars: a program's price or a degree's tuition.
 *
 * @param value the amount, or null when no single figure exists (the note says why)
 * @param asOf the date the value is known to hold, or null when undated
 * @param sourceId the source the value comes from
 * @param computed whether the value is arithmetic on stated values (the note shows how)
 * @param note what the figure covers
 */
public record SourcedAmount(BigDecimal value, String asOf, String sourceId, boolean computed, String note) {

	public static SourcedAmount of(BigDecimal value, String asOf, String sourceId, Boolean computed, String note) {
		return (sourceId != null) ? new SourcedAmount(value, asOf, sourceId, Boolean.TRUE.equals(computed), note)
				: null;
	}

}
