package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Institution;

/**
 * A university that offers a MicroMasters program, counts one toward a degree, or both.
 */
@Schema(description = "A university that offers a MicroMasters program, counts one toward a degree, or both.")
record InstitutionItem(@Schema(example = "mit") String id, String name,
		@Schema(description = "The edX organisation key, null for a university that only receives.",
				example = "MITx") String shortName,
		@Schema(description = "ISO 3166-1 alpha-2 country code.", example = "US") String country, String website,
		@Schema(description = "How many MicroMasters programs it offers (retired ones left out).") long programCount,
		@Schema(description = "How many pathways lead to it (historical ones left out).") long acceptedPathwayCount,
		@Schema(description = "Its page on the site.", example = "/institutions/mit") String html) {

	static InstitutionItem of(Institution institution, long programCount, long acceptedPathwayCount) {
		return new InstitutionItem(institution.getId(), institution.getName(), institution.getShortName(),
				institution.getCountry(), institution.getWebsite(), programCount, acceptedPathwayCount,
				"/institutions/" + institution.getId());
	}

}
