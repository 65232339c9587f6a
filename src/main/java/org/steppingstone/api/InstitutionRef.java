package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Institution;

/**
 * A university, as other items name it.
 *
 * @param id its slug, as in {@code /institutions/{id}}
 */
record InstitutionRef(@Schema(example = "mit") String id, String name,
		@Schema(description = "The edX organisation key, null for a university that only receives.",
				example = "MITx") String shortName,
		@Schema(description = "ISO 3166-1 alpha-2 country code.", example = "US") String country) {

	static InstitutionRef of(Institution institution) {
		return new InstitutionRef(institution.getId(), institution.getName(), institution.getShortName(),
				institution.getCountry());
	}

}
