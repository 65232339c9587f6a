package org.steppingstone.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
 */
public class ProgramQuery {

	/** The query parameters this binds: they select what the list shows. */
	public static final Set<String> PARAMETERS = Set.of("field", "institution", "maxPrice", "maxMonths", "credit",
			"country", "q", "sort", "includeRetired", "currency");

	@Pattern(regexp = StudyField.SLUG_PATTERN, message = "{filter.allowed.field}")
	private String field;

	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{filter.allowed.institution}")
	@Size(max = 100, message = "{filter.allowed.institution}")
	private String institution;

	@DecimalMin(value = "0", message = "{filter.allowed.maxPrice}")
	@DecimalMax(value = "1000000", message = "{filter.allowed.maxPrice}")
	private BigDecimal maxPrice;

	/**
	 * The ISO 4217 currency of {@code maxPrice}: only prices published in it are
	 * compared, never converted. US dollars when not given.
	 */
	@Pattern(regexp = "[A-Z]{3}", message = "{filter.allowed.currency}")
	private String currency;

	@Min(value = 0, message = "{filter.allowed.maxMonths}")
	@Max(value = 120, message = "{filter.allowed.maxMonths}")
	private Integer maxMonths;

	private Boolean credit;

	@Pattern(regexp = "[A-Z]{2}", message = "{filter.allowed.country}")
	private String country;

	@Size(max = 200, message = "{filter.allowed.q}")
	private String q;

	@Pattern(regexp = "title|price|length|share", message = "{filter.allowed.sort}")
	private String sort;

	/** Retired programs are left out unless the learner asks for them. */
	private Boolean includeRetired;

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = blankToNull(field);
	}

	public String getInstitution() {
		return this.institution;
	}

	public void setInstitution(String institution) {
		this.institution = blankToNull(institution);
	}

	public BigDecimal getMaxPrice() {
		return this.maxPrice;
	}

	public void setMaxPrice(BigDecimal maxPrice) {
		this.maxPrice = maxPrice;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = blankToNull(currency);
	}

	/** The currency of the price filter: USD unless the query names another. */
	public Currency currencyOrDefault() {
		return Currency.getInstance((this.currency != null) ? this.currency : "USD");
	}

	public Integer getMaxMonths() {
		return this.maxMonths;
	}

	public void setMaxMonths(Integer maxMonths) {
		this.maxMonths = maxMonths;
	}

	public Boolean getCredit() {
		return this.credit;
	}

	public void setCredit(Boolean credit) {
		this.credit = credit;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = blankToNull(country);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = blankToNull(q);
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = blankToNull(sort);
	}

	public Boolean getIncludeRetired() {
		return this.includeRetired;
	}

	public void setIncludeRetired(Boolean includeRetired) {
		this.includeRetired = includeRetired;
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
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
