package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.source.Provenance;

/**
 * The answer to one query.
 *
 * @param ranked the routes with a known total, in the query's order
 * @param unranked the routes that cannot be ranked yet, by title
 * @param leftOut how many routes a known figure over a limit left out, by the query
 * parameter ({@code maxCost}, {@code maxMonths}, {@code minShare})
 * @param needRate the currencies that need a rate before some routes can be totalled
 * @param currency the learner's currency
 * @param ratesUsed the learner's rates that converted an amount, by the currency they
 * convert from
 * @param sort the order of the ranked routes
 * @param provenance the sources of the figures shown
 * @param reference our reference rates when one converted an amount, else null
 * @param maxCost the learner's maximum cost, or null
 * @param maxMonths the learner's maximum months, or null
 * @param answers each route's answer line ({@link RouteAnswers}), by pathway id
 * @param field the field asked for, by slug, or null
 * @param relaxations when the catalog has no route for the question at all, how many it
 * has without each of its catalog filters; empty otherwise
 */
public record RouteResults(List<Route> ranked, List<Route> unranked, Map<String, Integer> leftOut,
		List<Currency> needRate, Currency currency, Map<Currency, BigDecimal> ratesUsed, String sort,
		Provenance provenance, ReferenceRates reference, BigDecimal maxCost, Integer maxMonths,
		Map<String, String> answers, String field, List<Relaxation> relaxations) {

	/** The route's answer line. */
	public String answer(Route route) {
		return this.answers.get(route.pathway().getId());
	}

	public int leftOutCount() {
		return this.leftOut.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The routes whose total is exact, in order. */
	public List<Route> exact() {
		return this.ranked.stream().filter((r) -> "exact".equals(r.total())).toList();
	}

	/** The routes whose total is bounded, in order. */
	public List<Route> bounded() {
		return this.ranked.stream().filter((r) -> "bounded".equals(r.total())).toList();
	}

	/**
	 * How a ranked route stands against the learner's maximum cost and months:
	 * {@code fits} when the most it can cost and take are within them, {@code mayFit}
	 * when only the least is; null when there is no limit.
	 */
	public String fit(Route route) {
		if (this.maxCost == null && this.maxMonths == null) {
			return null;
		}
		boolean may = (this.maxCost != null && !"fits".equals(route.estimate().cost().against(this.maxCost)))
				|| (this.maxMonths != null
						&& !"fits".equals(route.estimate().months().against(BigDecimal.valueOf(this.maxMonths))));
		return may ? "mayFit" : "fits";
	}

	/**
	 * Which end of the route the field asked for matched: {@code program}, {@code degree}
	 * or {@code both}; null when no field was asked for.
	 */
	public String fieldEnd(Route route) {
		return (this.field != null) ? RouteFinder.fieldEnd(this.field, route.pathway()) : null;
	}

}
