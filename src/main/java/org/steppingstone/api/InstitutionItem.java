package org.steppingstone.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Institution;
import org.steppingstone.institutions.InstitutionCatalog;

/**
 * A university that offers a MicroMasters program, counts one toward a degree, or both:
 * the fields of an {@link InstitutionRef}, then its website, counts and page.
 */
@Schema(description = "A university that offers a MicroMasters program, counts one toward a degree, or both.")
record InstitutionItem(@JsonUnwrapped InstitutionRef institution, String website,
		@Schema(description = "How many MicroMasters programs it offers (retired ones left out).") long programCount,
		@Schema(description = "How many pathways lead to it (historical ones left out).") long acceptedPathwayCount,
		@Schema(description = "How many retired MicroMasters programs it offered, counted apart.") long retiredProgramCount,
		@Schema(description = "How many historical pathways (from retired programs) led to it, counted apart.") long historicalPathwayCount,
		@Schema(description = "Its page on the site.", example = "/institutions/mit") String html) {

	static InstitutionItem of(Institution institution, InstitutionCatalog.Listing listing) {
		String id = institution.getId();
		return new InstitutionItem(InstitutionRef.of(institution), institution.getWebsite(), listing.programCount(id),
				listing.acceptedCount(id), listing.retiredCount(id), listing.historicalCount(id),
				"/institutions/" + id);
	}

}
