package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Parameter;
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
public record PathwayQuery(
		@Parameter(description = "Only pathways to a university in this country (ISO 3166-1 alpha-2).",
				example = "US") @Pattern(regexp = "[A-Z]{2}", message = "{filter.allowed.country}") String country,
		@Parameter(description = "Only pathways to this receiving university, by slug.", example = "mit") @Pattern(
				regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{filter.allowed.receivingInstitution}") @Size(max = 100,
						message = "{filter.allowed.receivingInstitution}") String institution,
		@Parameter(description = "Only pathways of this kind: credit, admission or non-degree.",
				example = "credit") @Pattern(regexp = "credit|admission|non-degree",
						message = "{filter.allowed.kind}") String kind,
		@Parameter(description = "Only pathways that count for at least this percentage of the degree (0 to 100).",
				example = "25") @DecimalMin(value = "0", message = "{filter.allowed.minShare}") @DecimalMax(
						value = "100", message = "{filter.allowed.minShare}") BigDecimal minShare,
		@Parameter(
				description = "true: list historical pathways too (from retired programs; left out by default).") Boolean includeHistorical) {

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
