package org.steppingstone.api;

import java.util.List;

import org.springframework.validation.Errors;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayQuery;
import org.steppingstone.catalog.ProgramCatalog;
import org.steppingstone.catalog.ProgramQuery;

/**
 * The checks {@code /programs} and {@code /pathways} make beyond each parameter's own rules: a well-formed
 * institution or country the catalog does not have is refused with the same message as on the pages.
 */
final class Filters {

	private Filters() {
	}

	static void checkProgramQuery(ProgramCatalog.Listing listing, ProgramQuery query, Errors errors) {
		if (query.getInstitution() != null && !errors.hasFieldErrors("institution") && listing.institutions()
			.stream()
			.noneMatch((institution) -> institution.getId().equals(query.getInstitution()))) {
			errors.rejectValue("institution", "filter.unknown");
		}
		if (query.getCountry() != null && !errors.hasFieldErrors("country")
				&& !listing.receivingCountries().contains(query.getCountry())) {
			errors.rejectValue("country", "filter.unknown");
		}
	}

	static void checkPathwayQuery(List<Pathway> all, PathwayQuery query, Errors errors) {
		List<Institution> receiving = all.stream().map(Pathway::getInstitution).distinct().toList();
		if (query.getInstitution() != null && !errors.hasFieldErrors("institution")
				&& receiving.stream().noneMatch((i) -> i.getId().equals(query.getInstitution()))) {
			errors.rejectValue("institution", "filter.unknown");
		}
		if (query.getCountry() != null && !errors.hasFieldErrors("country")
				&& receiving.stream().noneMatch((i) -> i.getCountry().equals(query.getCountry()))) {
			errors.rejectValue("country", "filter.unknown");
		}
	}

}
