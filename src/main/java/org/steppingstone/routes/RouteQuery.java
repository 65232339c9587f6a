package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
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
 * catalog (a country or program it does not have) are checked by
 * {@link RouteQueryValidator}.
 *
 * @param field the field of study, by slug
 * @param country the receiving university's country
 * @param maxCost the most the whole route may cost, in {@code currency}
 * @param currency the learner's currency: totals and the maximum cost are in it
 * @param maxMonths the most months the whole route may take
 * @param minShare the least share of the degree the MicroMasters credits
 * @param includeHistorical whether historical routes are listed too
 * @param sort the order of the ranked routes
 * @param program the MicroMasters, by slug
 * @param degree the Master's, by slug
 * @param rate the learner's rate: units of {@code currency} for one of {@code rateFrom}
 * @param rateFrom the currency the learner's rate converts from
 * @param delivery how the Master's is taught: {@code online} (online only),
 * {@code blended} or {@code on-campus}
 * @param region the receiving university's world region, by {@link WorldRegion} slug
 */
public record RouteQuery(
		@Parameter(
				description = "Only routes with this field at either end, the MicroMasters program's or the Master's "
						+ "degree's, by slug; each route's fieldMatch says which end matched.",
				example = "environment-sustainability") @Pattern(regexp = StudyField.SLUG_PATTERN,
						message = "{routes.allowed.field}") String field,
		@Parameter(description = "Only routes to a university in this country (ISO 3166-1 alpha-2).",
				example = "US") @Pattern(regexp = "[A-Z]{2}", message = "{routes.allowed.country}") String country,
		@Parameter(
				description = "Leave out routes whose known total cost, in currency, is over this (0 to 100,000,000).",
				example = "40000") @DecimalMin(value = "0", message = "{routes.allowed.maxCost}") @DecimalMax(
						value = "100000000", message = "{routes.allowed.maxCost}") @Digits(integer = 9, fraction = 2,
								message = "{routes.allowed.maxCost}") BigDecimal maxCost,
		@Parameter(description = "The ISO 4217 currency of totals and maxCost; USD when not given.",
				example = "USD") @Pattern(regexp = "[A-Z]{3}", message = "{routes.allowed.currency}") String currency,
		@Parameter(
				description = "Leave out routes that take longer than this many months even at their shortest (0 to 240).",
				example = "24") @Min(value = 0, message = "{routes.allowed.maxMonths}") @Max(value = 240,
						message = "{routes.allowed.maxMonths}") Integer maxMonths,
		@Parameter(description = "Leave out routes whose known share of the degree credited is below this (0 to 100).",
				example = "25") @DecimalMin(value = "0", message = "{routes.allowed.minShare}") @DecimalMax(
						value = "100", message = "{routes.allowed.minShare}") @Digits(integer = 3, fraction = 1,
								message = "{routes.allowed.minShare}") BigDecimal minShare,
		@Parameter(
				description = "true: include routes from retired programs (left out by default); each is marked historical.") Boolean includeHistorical,
		@Parameter(
				description = "cost (default, lowest first), months (shortest first), saving (largest saving against the "
						+ "Master's alone first) or share (largest first).") @Pattern(
								regexp = "cost|months|saving|share", message = "{routes.allowed.sort}") String sort,
		@Parameter(description = "Only routes from this program, by slug.",
				example = "mitx-supply-chain-management") @Pattern(regexp = RouteQuery.SLUG,
						message = "{routes.allowed.program}") @Size(max = 200,
								message = "{routes.allowed.program}") String program,
		@Parameter(description = "Only routes to this degree, by slug.",
				example = "mit-masters-supply-chain-management") @Pattern(regexp = RouteQuery.SLUG,
						message = "{routes.allowed.degree}") @Size(max = 200,
								message = "{routes.allowed.degree}") String degree,
		@Parameter(description = "Your exchange rate: units of currency for one unit of rateFrom (greater than 0).",
				example = "0.128") @DecimalMin(value = "0", inclusive = false,
						message = "{routes.allowed.rate}") @DecimalMax(value = "1000000",
								message = "{routes.allowed.rate}") @Digits(integer = 7, fraction = 6,
										message = "{routes.allowed.rate}") BigDecimal rate,
		@Parameter(description = "The ISO 4217 currency rate converts from; another than currency.",
				example = "HKD") @Pattern(regexp = "[A-Z]{3}", message = "{routes.allowed.rateFrom}") String rateFrom,
		@Parameter(
				description = "Only routes to a Master's taught this way: online (online only), blended (online and on "
						+ "campus) or on-campus. A degree whose delivery our sources do not state is left out.",
				example = "online") @Pattern(regexp = "online|blended|on-campus",
						message = "{routes.allowed.delivery}") String delivery,
		@Parameter(
				description = "Only routes to a university in this world region, from its country by the United Nations' "
						+ "M49 regions: africa, asia, europe, latin-america (Latin America and the Caribbean), "
						+ "northern-america or oceania.",
				example = "latin-america") @Pattern(regexp = WorldRegion.SLUG_PATTERN,
						message = "{routes.allowed.region}") String region) {

	/** How a degree is taught: the degree's own delivery. */
	public static final List<String> DELIVERIES = List.of("online", "blended", "on-campus");

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** What the page calls the field asked for, or null. */
	public String fieldLabel() {
		return (this.field != null) ? StudyField.fromSlug(this.field).map(StudyField::getLabel).orElse(null) : null;
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
		return new RouteQuery(parameter.equals("field") ? null : this.field,
				parameter.equals("country") ? null : this.country, this.maxCost, this.currency, this.maxMonths,
				this.minShare, parameter.equals("includeHistorical") ? Boolean.TRUE : this.includeHistorical, this.sort,
				parameter.equals("program") ? null : this.program, parameter.equals("degree") ? null : this.degree,
				this.rate, this.rateFrom, parameter.equals("delivery") ? null : this.delivery,
				parameter.equals("region") ? null : this.region);
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

}
