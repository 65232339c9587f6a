package org.steppingstone.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Institution;

/**
 * A university that offers a MicroMasters program, counts one toward a degree, or both:
 * the fields of an {@link InstitutionRef}, then its website, counts and page.
 */
@Schema(description = "A university that offers a MicroMasters program, counts one toward a degree, or both.")
record InstitutionItem(@JsonUnwrapped InstitutionRef institution, String website,
		@Schema(description = "How many MicroMasters programs it offers (retired ones left out).") long programCount,
		@Schema(description = "How many pathways lead to it (historical ones left out).") long acceptedPathwayCount,
		@Schema(description = "Its page on the site.", example = "/institutions/mit") String html) {

	static InstitutionItem of(Institution institution, long programCount, long acceptedPathwayCount) {
		return new InstitutionItem(InstitutionRef.of(institution), institution.getWebsite(), programCount,
				acceptedPathwayCount, "/institutions/" + institution.getId());
	}

}
