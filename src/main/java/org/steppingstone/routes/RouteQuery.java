package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.steppingstone.catalog.StudyField;
import org.steppingstone.catalog.WorldRegion;

/**
 * The route finder's question, bound from the query string of {@code /routes} and
 * {@code /api/v1/routes}. Every rule on a single parameter is here; those that need the
 * catalog (a country or program it does not have) are checked by {@link RouteFinder}.
 */
public class RouteQuery {

	/** The query parameters this binds: they select what the list shows. */
	public static final Set<String> PARAMETERS = Set.of("field", "country", "maxCost", "currency", "maxMonths",
			"minShare", "includeHistorical", "sort", "program", "degree", "rate", "rateFrom", "delivery", "region");

	/** How a degree is taught: the degree's own delivery. */
	public static final List<String> DELIVERIES = List.of("online", "blended", "on-campus");

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	@Pattern(regexp = StudyField.SLUG_PATTERN, message = "{routes.allowed.field}")
	private String field;

	@Pattern(regexp = "[A-Z]{2}", message = "{routes.allowed.country}")
	private String country;

	@DecimalMin(value = "0", message = "{routes.allowed.maxCost}")
	@DecimalMax(value = "100000000", message = "{routes.allowed.maxCost}")
	@Digits(integer = 9, fraction = 2, message = "{routes.allowed.maxCost}")
	private BigDecimal maxCost;

	@Pattern(regexp = "[A-Z]{3}", message = "{routes.allowed.currency}")
	private String currency;

	@Min(value = 0, message = "{routes.allowed.maxMonths}")
	@Max(value = 240, message = "{routes.allowed.maxMonths}")
	private Integer maxMonths;

	@DecimalMin(value = "0", message = "{routes.allowed.minShare}")
	@DecimalMax(value = "100", message = "{routes.allowed.minShare}")
	@Digits(integer = 3, fraction = 1, message = "{routes.allowed.minShare}")
	private BigDecimal minShare;

	private Boolean includeHistorical;

	@Pattern(regexp = "cost|months|saving|share", message = "{routes.allowed.sort}")
	private String sort;

	@Pattern(regexp = SLUG, message = "{routes.allowed.program}")
	@Size(max = 200, message = "{routes.allowed.program}")
	private String program;

	@Pattern(regexp = SLUG, message = "{routes.allowed.degree}")
	@Size(max = 200, message = "{routes.allowed.degree}")
	private String degree;

	@DecimalMin(value = "0", inclusive = false, message = "{routes.allowed.rate}")
	@DecimalMax(value = "1000000", message = "{routes.allowed.rate}")
	@Digits(integer = 7, fraction = 6, message = "{routes.allowed.rate}")
	private BigDecimal rate;

	@Pattern(regexp = "[A-Z]{3}", message = "{routes.allowed.rateFrom}")
	private String rateFrom;

	@Pattern(regexp = "online|blended|on-campus", message = "{routes.allowed.delivery}")
	private String delivery;

	@Pattern(regexp = WorldRegion.SLUG_PATTERN, message = "{routes.allowed.region}")
	private String region;

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = blankToNull(field);
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = blankToNull(country);
	}

	public BigDecimal getMaxCost() {
		return this.maxCost;
	}

	public void setMaxCost(BigDecimal maxCost) {
		this.maxCost = maxCost;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = blankToNull(currency);
	}

	public Integer getMaxMonths() {
		return this.maxMonths;
	}

	public void setMaxMonths(Integer maxMonths) {
		this.maxMonths = maxMonths;
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

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = blankToNull(sort);
	}

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = blankToNull(program);
	}

	public String getDegree() {
		return this.degree;
	}

	public void setDegree(String degree) {
		this.degree = blankToNull(degree);
	}

	public BigDecimal getRate() {
		return this.rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}

	public String getRateFrom() {
		return this.rateFrom;
	}

	public void setRateFrom(String rateFrom) {
		this.rateFrom = blankToNull(rateFrom);
	}

	/** What the page calls the field asked for, or null. */
	public String fieldLabel() {
		return (this.field != null) ? StudyField.fromSlug(this.field).map(StudyField::getLabel).orElse(null) : null;
	}

	/**
	 * How the Master's is taught: {@code online} (online only), {@code blended} or
	 * {@code on-campus}.
	 */
	public String getDelivery() {
		return this.delivery;
	}

	public void setDelivery(String delivery) {
		this.delivery = blankToNull(delivery);
	}

	/** The receiving university's world region, by {@link WorldRegion} slug. */
	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = blankToNull(region);
	}

	/**
	 * The question's parameters that have a value, in the form's order, as an address
	 * gives them.
	 */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "field", this.field);
		put(values, "delivery", this.delivery);
		put(values, "region", this.region);
		put(values, "country", this.country);
		put(values, "program", this.program);
		put(values, "degree", this.degree);
		put(values, "maxCost", (this.maxCost != null) ? this.maxCost.toPlainString() : null);
		put(values, "currency", this.currency);
		put(values, "maxMonths", (this.maxMonths != null) ? this.maxMonths.toString() : null);
		put(values, "minShare", (this.minShare != null) ? this.minShare.toPlainString() : null);
		put(values, "sort", this.sort);
		put(values, "includeHistorical", (this.includeHistorical != null) ? this.includeHistorical.toString() : null);
		put(values, "rateFrom", this.rateFrom);
		put(values, "rate", (this.rate != null) ? this.rate.toPlainString() : null);
		return values;
	}

	/**
	 * A copy of the question without one of its catalog filters (historical routes:
	 * included).
	 */
	RouteQuery without(String parameter) {
		RouteQuery copy = new RouteQuery();
		copy.field = this.field;
		copy.country = this.country;
		copy.maxCost = this.maxCost;
		copy.currency = this.currency;
		copy.maxMonths = this.maxMonths;
		copy.minShare = this.minShare;
		copy.includeHistorical = this.includeHistorical;
		copy.sort = this.sort;
		copy.program = this.program;
		copy.degree = this.degree;
		copy.rate = this.rate;
		copy.rateFrom = this.rateFrom;
		copy.delivery = this.delivery;
		copy.region = this.region;
		switch (parameter) {
			case "field" -> copy.field = null;
			case "country" -> copy.country = null;
			case "program" -> copy.program = null;
			case "degree" -> copy.degree = null;
			case "delivery" -> copy.delivery = null;
			case "region" -> copy.region = null;
			case "includeHistorical" -> copy.includeHistorical = true;
			default -> throw new IllegalArgumentException(parameter);
		}
		return copy;
	}

	private static void put(Map<String, String> values, String name, String value) {
		if (value != null) {
			values.put(name, value);
		}
	}

	public String sortOrDefault() {
		return (this.sort != null) ? this.sort : "cost";
	}

	/**
	 * The learner's currency: totals and the maximum cost are in it; US dollars by
	 * default.
	 */
	public Currency currencyOrDefault() {
		return Currency.getInstance((this.currency != null) ? this.currency : "USD");
	}

	/**
	 * The learner's rate, by the currency it converts from: empty unless both the rate
	 * and its currency are given.
	 */
	public Map<Currency, BigDecimal> rates() {
		return (this.rate != null && this.rateFrom != null) ? Map.of(Currency.getInstance(this.rateFrom), this.rate)
				: Map.of();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
