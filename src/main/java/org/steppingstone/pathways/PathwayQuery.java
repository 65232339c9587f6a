package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.util.function.Predicate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.steppingstone.catalog.Pathway;

/**
 * The filters of {@code /pathways}, bound from its query string.
 *
 * @param country only pathways to a university in this country
 * @param institution only pathways to this university, by slug
 * @param kind only pathways of this kind
 * @param minShare only pathways that credit at least this share of the degree
 * @param includeHistorical historical pathways are left out unless the learner asks for
 * them
 */
public record PathwayQuery(@Pattern(regexp = "[A-Z]{2}", message = "{filter.allowed.country}") String country,
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{filter.allowed.receivingInstitution}") @Size(max = 100,
				message = "{filter.allowed.receivingInstitution}") String institution,
		@Pattern(regexp = "credit|admission|non-degree", message = "{filter.allowed.kind}") String kind,
		@DecimalMin(value = "0", message = "{filter.allowed.minShare}") @DecimalMax(value = "100",
				message = "{filter.allowed.minShare}") BigDecimal minShare,
		Boolean includeHistorical) {

	public boolean isFiltered() {
		return this.country != null || this.institution != null || this.kind != null || this.minShare != null
				|| this.includeHistorical != null;
	}

	/**
	 * Whether the pathway is in the list before the filters: a historical one only on
	 * request.
	 */
	public boolean shows(Pathway pathway) {
		return Boolean.TRUE.equals(this.includeHistorical) || !pathway.isHistorical();
	}

	public Predicate<Pathway> asPredicate() {
		return (pathway) -> shows(pathway)
				&& (this.country == null || this.country.equals(pathway.getInstitution().getCountry()))
				&& (this.institution == null || this.institution.equals(pathway.getInstitution().getId()))
				&& (this.kind == null || this.kind.equals(pathway.getKind()))
				&& (this.minShare == null || (pathway.getCreditSharePercent() != null
						&& pathway.getCreditSharePercent().compareTo(this.minShare) >= 0));
	}

}
