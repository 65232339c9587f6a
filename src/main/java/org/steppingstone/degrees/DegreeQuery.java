package org.steppingstone.degrees;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.StudyField;

/**
 * The filters of {@code /degrees} and {@code /degrees.csv}, bound from the query string,
 * in the catalog's pattern: country, field, delivery, whether tuition is stated, whether
 * it accepts a MicroMasters for credit. The API documents its parameters without
 * examples: Swagger UI's Try it out would send them, and the list starts unfiltered as
 * {@code /degrees} does.
 *
 * @param country only degrees of universities in this country
 * @param field only degrees in this field of study, by slug
 * @param delivery only degrees taught this way
 * @param tuitionStated only degrees whose tuition is stated (true) or is not (false)
 * @param accepts only degrees that accept a MicroMasters for credit (true) or do not
 */
public record DegreeQuery(
		@Parameter(description = "Only degrees at a university in this country (ISO 3166-1 alpha-2).") @Pattern(
				regexp = "[A-Z]{2}", message = "{filter.allowed.degreeCountry}") String country,
		@Parameter(description = "Only degrees in this field of study, by slug.") @Pattern(
				regexp = StudyField.SLUG_PATTERN, message = "{filter.allowed.field}") String field,
		@Parameter(description = "Only degrees taught this way: on-campus, online or blended.") @Pattern(
				regexp = "on-campus|online|blended", message = "{filter.allowed.delivery}") String delivery,
		@Parameter(
				description = "true: only degrees whose tuition our sources state; false: only those whose tuition they "
						+ "do not.") Boolean tuitionStated,
		@Parameter(
				description = "true: only degrees that count a MicroMasters for credit; false: only those that do not.") Boolean accepts) {

	/** Whether any filter is set: the folded filter panel then lists them. */
	public boolean isFiltered() {
		return this.country != null || this.field != null || this.delivery != null || this.tuitionStated != null
				|| this.accepts != null;
	}

	/**
	 * @param pathways a degree's pathways, for the credit filter
	 */
	Predicate<Degree> asPredicate(Function<Degree, List<Pathway>> pathways) {
		return (degree) -> (this.country == null || this.country.equals(degree.getInstitution().getCountry()))
				&& (this.field == null || (degree.getField() != null && this.field.equals(degree.getField().getSlug())))
				&& (this.delivery == null || this.delivery.equals(degree.getDelivery()))
				&& (this.tuitionStated == null || this.tuitionStated == (degree.getTuition() != null))
				&& (this.accepts == null
						|| this.accepts == pathways.apply(degree).stream().anyMatch(Pathway::isCredit));
	}

}
