package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Program;

/**
 * When and why a retired program ended.
 *
 * @param on the day, month or year it ended
 * @param sourceId the source that says so
 * @param note how it ended, in the source's terms
 */
@Schema(description = "When and why a retired program ended; no one can enrol in it today.")
record Retirement(@Schema(example = "2021-08-30") String on, String sourceId, String note) {

	/** Null unless the program is retired. */
	static Retirement of(Program program) {
		return program.isRetired()
				? new Retirement(program.getRetiredOn(), program.getRetiredOnSourceId(), program.getRetiredOnNote())
				: null;
	}

}
