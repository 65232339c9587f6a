package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.StudyField;

/**
 * A field of study: its slug, as the {@code field} filter takes it, and its label.
 */
record FieldOfStudy(@Schema(example = "business-management") String slug,
		@Schema(example = "Business & Management") String label) {

	static FieldOfStudy of(StudyField field) {
		return (field != null) ? new FieldOfStudy(field.getSlug(), field.getLabel()) : null;
	}

}
