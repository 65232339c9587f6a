package org.steppingstone.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.util.UriComponentsBuilder;
import org.steppingstone.catalog.StudyField;
import org.steppingstone.system.Formats;

/**
 * The catalog's filters and sort order, bound from the query string of {@code /programs}.
 * Every rule on a parameter is here; a broken rule answers 400 with the parameter's name
 * and what it allows.
 *
 * @param field only programs in this field of study, by slug
 * @param institution only programs of this university, by slug
 * @param maxPrice only programs whose price in {@code currency} is at most this
 * @param currency the ISO 4217 currency of {@code maxPrice}: only prices published in it
 * are compared, never converted; US dollars when not given
 * @param maxMonths only programs that take at most this many months
 * @param credit only programs with a pathway that grants credit
 * @param country only programs with a pathway to a university in this country
 * @param q words to find
 * @param sort the list's order
 * @param includeRetired retired programs are left out unless the learner asks for them
 */
public record ProgramQuery(
		@Parameter(description = "Only programs in this field of study, by slug.", example = "engineering") @Pattern(
				regexp = StudyField.SLUG_PATTERN, message = "{filter.allowed.field}") String field,
		@Parameter(description = "Only programs offered by this university, by slug.", example = "mit") @Pattern(
				regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{filter.allowed.institution}") @Size(max = 100,
						message = "{filter.allowed.institution}") String institution,
		@Parameter(
				description = "Only programs whose stated price, in the currency of the currency parameter, is at most this "
						+ "much (0 to 1,000,000). Prices in other currencies are not converted and do not match.",
				example = "1500") @DecimalMin(value = "0", message = "{filter.allowed.maxPrice}") @DecimalMax(
						value = "1000000", message = "{filter.allowed.maxPrice}") BigDecimal maxPrice,
		@Parameter(description = "The ISO 4217 currency of maxPrice; USD when not given.",
				example = "USD") @Pattern(regexp = "[A-Z]{3}", message = "{filter.allowed.currency}") String currency,
		@Parameter(description = "Only programs that take at most this many months at the longest (0 to 120).",
				example = "12") @Min(value = 0, message = "{filter.allowed.maxMonths}") @Max(value = 120,
						message = "{filter.allowed.maxMonths}") Integer maxMonths,
		@Parameter(description = "true: only programs with a pathway that grants credit.") Boolean credit,
		@Parameter(description = "Only programs with a pathway to a university in this country (ISO 3166-1 alpha-2).",
				example = "US") @Pattern(regexp = "[A-Z]{2}", message = "{filter.allowed.country}") String country,
		@Parameter(
				description = "Words to find in the titles of the program and its courses and in the university's "
						+ "name; case and accents are ignored.",
				example = "supply chain") @Size(max = 200, message = "{filter.allowed.q}") String q,
		@Parameter(
				description = "title (default), price or length (lowest first), or share (largest credit share first); "
						+ "programs without the figure sort last.") @Pattern(regexp = "title|price|length|share",
								message = "{filter.allowed.sort}") String sort,
		@Parameter(
				description = "true: list retired programs too (left out by default); each says when and why it ended.") Boolean includeRetired) {

	/** The currency of the price filter: USD unless the query names another. */
	public Currency currencyOrDefault() {
		return Currency.getInstance((this.currency != null) ? this.currency : "USD");
	}

	public String sortOrDefault() {
		return (this.sort != null) ? this.sort : "title";
	}

	/**
	 * The filters in force, each with a link to the same page without it.
	 * @param page the current page's URL with its query string
	 * @param institutionName the name of an institution by its id
	 */
	public List<ActiveFilter> activeFilters(UriComponentsBuilder page, Function<String, String> institutionName) {
		List<ActiveFilter> active = new ArrayList<>();
		add(active, page, "field", StudyField.fromSlug(this.field).map(StudyField::getLabel).orElse(this.field));
		add(active, page, "institution", (this.institution != null) ? institutionName.apply(this.institution) : null);
		add(active, page, "maxPrice", (this.maxPrice != null) ? this.maxPrice.toPlainString() : null);
		// The currency qualifies the maximum price: a chip of its own only beside one.
		add(active, page, "currency", (this.maxPrice != null) ? this.currency : null);
		add(active, page, "maxMonths", this.maxMonths);
		add(active, page, "credit", Boolean.TRUE.equals(this.credit) ? "yes" : null);
		add(active, page, "country", Formats.countryName(this.country));
		add(active, page, "q", this.q);
		add(active, page, "includeRetired", Boolean.TRUE.equals(this.includeRetired) ? "yes" : null);
		return active;
	}

	private static void add(List<ActiveFilter> active, UriComponentsBuilder page, String name, Object value) {
		if (value != null) {
			String without = page.cloneBuilder()
				.replaceQueryParam(name)
				.replaceQueryParam("page")
				.build()
				.toUriString();
			active.add(new ActiveFilter(name, String.valueOf(value), without));
		}
	}

	/**
	 * One filter in force.
	 *
	 * @param name the query parameter
	 * @param value its value as shown to the reader
	 * @param removeUrl the current page without this filter
	 */
	public record ActiveFilter(String name, String value, String removeUrl) {
	}

}
