package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.steppingstone.source.SourcedAmount;

/**
 * A pathway's route by our sources' figures in one currency (US dollars unless the
 * learner asks another), an amount in another currency converted at our reference rate:
 * how a program's page and the side-by-side comparison find the cheapest route, with the
 * same arithmetic as the route finder and the calculator ({@link RouteFigures},
 * {@link RouteCalculator}).
 *
 * @param pathway the pathway, with its program and degree
 * @param estimate its estimate in {@code currency}
 * @param conversions the amounts our reference rate converted, as published and converted
 * @param currency the currency of the totals
 */
public record PricedRoute(Pathway pathway, RouteEstimate estimate, List<Conversion> conversions, Currency currency) {

	private static final Currency USD = ReferenceRates.USD;

	public static PricedRoute of(Pathway pathway, ReferenceRates reference) {
		return of(pathway, reference, USD);
	}

	/** The route totalled in a currency that has a reference rate. */
	public static PricedRoute of(Pathway pathway, ReferenceRates reference, Currency currency) {
		RouteFigures figures = RouteFigures.of(pathway);
		Map<Currency, BigDecimal> rates = new HashMap<>();
		List<Conversion> conversions = new ArrayList<>();
		Stream.of(figures.price(), figures.tuition())
			.filter((a) -> a != null && a.value() != null && a.currency() != null && !a.isIn(currency))
			.forEach((a) -> {
				BigDecimal rate = reference.rate(a.currency(), currency);
				if (rate != null) {
					rates.put(a.currency(), rate);
					conversions.add(new Conversion(a, RouteFigures.convert(a.value(), rate), reference.period(),
							reference.source()));
				}
			});
		return new PricedRoute(pathway, RouteCalculator.estimate(figures.in(currency, rates)), List.copyOf(conversions),
				currency);
	}

	/** The cheapest route that totals exactly, or null when none does. */
	public static PricedRoute cheapest(Collection<Pathway> pathways, ReferenceRates reference) {
		return cheapest(pathways, reference, USD);
	}

	/** The cheapest route that totals exactly in a currency, or null when none does. */
	public static PricedRoute cheapest(Collection<Pathway> pathways, ReferenceRates reference, Currency currency) {
		return pathways.stream()
			.map((w) -> of(w, reference, currency))
			.filter((r) -> r.cost() != null)
			.min(Comparator.comparing(PricedRoute::cost))
			.orElse(null);
	}

	/**
	 * Where no route totals exactly, the one bounded lowest (the most it can cost,
	 * counting no credit); null otherwise.
	 */
	public static PricedRoute cheapestBounded(Collection<Pathway> pathways, ReferenceRates reference) {
		return cheapestBounded(pathways, reference, USD);
	}

	/**
	 * As {@link #cheapestBounded(Collection, ReferenceRates)}, totalled in a currency.
	 */
	public static PricedRoute cheapestBounded(Collection<Pathway> pathways, ReferenceRates reference,
			Currency currency) {
		if (cheapest(pathways, reference, currency) != null) {
			return null;
		}
		return pathways.stream()
			.map((w) -> of(w, reference, currency))
			.filter((r) -> r.costAtMost() != null)
			.min(Comparator.comparing(PricedRoute::costAtMost))
			.orElse(null);
	}

	/** The route's total in its currency, or null when it cannot be totalled exactly. */
	public BigDecimal cost() {
		return this.estimate.stackedCost();
	}

	/** The most the route can cost when only the share is missing; null otherwise. */
	public BigDecimal costAtMost() {
		Bound cost = this.estimate.cost();
		return cost.isBounded() ? cost.atMost() : null;
	}

	/**
	 * An amount our reference rate converted into the totals' currency.
	 *
	 * @param published the amount as published
	 * @param converted in the totals' currency, to the cent
	 * @param period the month of the rate ({@code 2026-06})
	 * @param source who publishes the rate
	 */
	public record Conversion(SourcedAmount published, BigDecimal converted, String period, String source) {
	}

}
