package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.steppingstone.catalog.Pathway;

/**
 * The filters of {@code /pathways}, bound from its query string.
 */
public class PathwayQuery {

	/** The query parameters this binds: they select what the list shows. */
	public static final Set<String> PARAMETERS = Set.of("country", "institution", "kind", "minShare",
			"includeHistorical");

	@Pattern(regexp = "[A-Z]{2}", message = "{filter.allowed.country}")
	private String country;

	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{filter.allowed.receivingInstitution}")
	@Size(max = 100, message = "{filter.allowed.receivingInstitution}")
	private String institution;

	@Pattern(regexp = "credit|admission|non-degree", message = "{filter.allowed.kind}")
	private String kind;

	@DecimalMin(value = "0", message = "{filter.allowed.minShare}")
	@DecimalMax(value = "100", message = "{filter.allowed.minShare}")
	private BigDecimal minShare;

	/** Historical pathways are left out unless the learner asks for them. */
	private Boolean includeHistorical;

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = blankToNull(country);
	}

	public String getInstitution() {
		return this.institution;
	}

	public void setInstitution(String institution) {
		this.institution = blankToNull(institution);
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = blankToNull(kind);
	}

	public BigDecimal getMinShare() {
		return this.minShare;
	}

	public void setMinShare(BigDecimal minShare) {
		this.minShare = minShare;
	}

	public Boolean getIncludeHistorical() {
		return this.includeHistorical;
	}

	public void setIncludeHistorical(Boolean includeHistorical) {
		this.includeHistorical = includeHistorical;
	}

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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
