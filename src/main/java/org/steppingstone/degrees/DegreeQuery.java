package org.steppingstone.degrees;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.constraints.Pattern;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.StudyField;

/**
 * The filters of {@code /degrees} and {@code /degrees.csv}, bound from the query string,
 * in the catalog's pattern: country, field, delivery, whether tuition is stated, whether
 * it accepts a MicroMasters for credit.
 */
public class DegreeQuery {

	/** The query parameters this binds: they select what the list shows. */
	public static final Set<String> PARAMETERS = Set.of("country", "field", "delivery", "tuitionStated", "accepts");

	@Pattern(regexp = "[A-Z]{2}", message = "{filter.allowed.degreeCountry}")
	private String country;

	@Pattern(regexp = StudyField.SLUG_PATTERN, message = "{filter.allowed.field}")
	private String field;

	@Pattern(regexp = "on-campus|online|blended", message = "{filter.allowed.delivery}")
	private String delivery;

	private Boolean tuitionStated;

	private Boolean accepts;

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = blankToNull(country);
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = blankToNull(field);
	}

	public String getDelivery() {
		return this.delivery;
	}

	public void setDelivery(String delivery) {
		this.delivery = blankToNull(delivery);
	}

	public Boolean getTuitionStated() {
		return this.tuitionStated;
	}

	public void setTuitionStated(Boolean tuitionStated) {
		this.tuitionStated = tuitionStated;
	}

	public Boolean getAccepts() {
		return this.accepts;
	}

	public void setAccepts(Boolean accepts) {
		this.accepts = accepts;
	}

	/** Whether any filter is set: the folded filter panel then lists them. */
	public boolean isFiltered() {
		return this.country != null || this.field != null || this.delivery != null || this.tuitionStated != null
				|| this.accepts != null;
	}

	/**
	 * @param pathways a degree's pathways, for the credit filter
	 */
	Predicate<Degree> asPredicate(java.util.function.Function<Degree, List<Pathway>> pathways) {
		return (degree) -> (this.country == null || this.country.equals(degree.getInstitution().getCountry()))
				&& (this.field == null || (degree.getField() != null && this.field.equals(degree.getField().getSlug())))
				&& (this.delivery == null || this.delivery.equals(degree.getDelivery()))
				&& (this.tuitionStated == null || this.tuitionStated == (degree.getTuition() != null))
				&& (this.accepts == null
						|| this.accepts == pathways.apply(degree).stream().anyMatch(Pathway::isCredit));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
