package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.Currency;
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

/**
 * The route finder's question, bound from the query string of {@code /routes} and
 * {@code /api/v1/routes}. Every rule on a single parameter is here; those that need the
 * catalog (a country or program it does not have) are checked by {@link RouteFinder}.
 */
public class RouteQuery {

	/** The query parameters this binds: they select what the list shows. */
	public static final Set<String> PARAMETERS = Set.of("field", "country", "maxCost", "currency", "maxMonths",
			"minShare", "includeHistorical", "sort", "program", "degree", "rate", "rateFrom");

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
