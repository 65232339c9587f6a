package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.web.util.UriComponentsBuilder;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.RouteCalculator;
import org.steppingstone.catalog.RouteEstimate;
import org.steppingstone.catalog.RouteFigures;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.source.SourcedAmount;

/**
 * One route, MicroMasters program → pathway → Master's degree, totalled in the learner's
 * currency exactly as the calculator totals it.
 *
 * @param pathway the pathway, with its program and degree
 * @param figures our sources' figures, in their own currencies
 * @param estimate the calculator's estimate in {@code currency}: an amount in another
 * currency counts only when a rate converts it (the learner's, else our reference rate)
 * @param currency the learner's currency
 * @param conversions the amounts a rate converted
 * @param gaps the figures our sources do not give (or that no rate converts); the share
 * alone leaves the route bounded, a price, tuition or degree blocks it
 */
public record Route(Pathway pathway, RouteFigures figures, RouteEstimate estimate, Currency currency,
		List<Conversion> conversions, List<Gap> gaps) {

	private static final Currency CALCULATOR_CURRENCY = Currency.getInstance("USD");

	/**
	 * The route of a pathway in the learner's currency, with the learner's rates only.
	 */
	static Route of(Pathway pathway, Currency currency, Map<Currency, BigDecimal> rates) {
		return of(pathway, currency, rates, ReferenceRates.NONE);
	}

	/**
	 * The route of a pathway in the learner's currency: an amount in another currency is
	 * converted at the learner's rate for it, else at our reference rate.
	 */
	static Route of(Pathway pathway, Currency currency, Map<Currency, BigDecimal> learners, ReferenceRates reference) {
		RouteFigures figures = RouteFigures.of(pathway);
		Map<Currency, BigDecimal> rates = new HashMap<>();
		Stream.of(figures.price(), figures.tuition())
			.filter((a) -> a != null && a.currency() != null && !a.isIn(currency))
			.map(SourcedAmount::currency)
			.forEach((from) -> {
				BigDecimal rate = learners.containsKey(from) ? learners.get(from) : reference.rate(from, currency);
				if (rate != null) {
					rates.put(from, rate);
				}
			});
		RouteEstimate estimate = RouteCalculator.estimate(figures.in(currency, rates));
		List<Conversion> conversions = new ArrayList<>();
		List<Gap> gaps = new ArrayList<>();
		if (pathway.getDegree() == null) {
			gaps.add(new Gap("degree", "missing", null));
		}
		amount("price", figures.price(), estimate.inputs().price(), rates, learners, reference, conversions, gaps);
		amount("tuition", figures.tuition(), estimate.inputs().tuition(), rates, learners, reference, conversions,
				gaps);
		if (figures.sharePercent() == null) {
			gaps.add(new Gap("share", "missing", null));
		}
		if (figures.programMonths() == null) {
			gaps.add(new Gap("programMonths", "missing", null));
		}
		if (figures.degreeMonths() == null) {
			gaps.add(new Gap("degreeMonths", "missing", null));
		}
		return new Route(pathway, figures, estimate, currency, List.copyOf(conversions), List.copyOf(gaps));
	}

	private static void amount(String figure, SourcedAmount ours, BigDecimal used, Map<Currency, BigDecimal> rates,
			Map<Currency, BigDecimal> learners, ReferenceRates reference, List<Conversion> conversions,
			List<Gap> gaps) {
		if (ours == null || ours.currency() == null) {
			gaps.add(new Gap(figure, "missing", null));
		}
		else if (ours.value() == null) {
			gaps.add(new Gap(figure, "noSingle", null));
		}
		else if (used == null) {
			gaps.add(new Gap(figure, "currency", ours.currency()));
		}
		else if (rates.containsKey(ours.currency())) {
			boolean theirs = learners.containsKey(ours.currency());
			conversions.add(new Conversion(figure, ours, rates.get(ours.currency()), used, !theirs,
					theirs ? null : reference.period(), theirs ? null : reference.source()));
		}
	}

	/**
	 * Whether the route's cost can be totalled or at least bounded: its price and tuition
	 * are known in the learner's currency.
	 */
	public boolean isRanked() {
		return !this.estimate.cost().isBlocked();
	}

	/** exact, bounded or blocked ({@link RouteEstimate#total()}). */
	public String total() {
		return this.estimate.total();
	}

	/** The figures that keep the cost from being totalled at all. */
	public List<Gap> blocking() {
		return this.gaps.stream().filter(Gap::isBlocking).toList();
	}

	/**
	 * Whether no one can take the route today: its pathway is historical or its program
	 * retired.
	 */
	public boolean isHistorical() {
		return this.pathway.isHistorical() || this.pathway.getProgram().isRetired();
	}

	/**
	 * The route's calculator in the learner's currency, with our figures; where the
	 * learner's rate converted an amount, that amount is filled in, so that the
	 * calculator shows the same total.
	 */
	public String calculatorUrl() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/calculator")
			.queryParam("pathway", this.pathway.getId());
		this.conversions.stream()
			.filter((c) -> !c.reference())
			.forEach((c) -> url.queryParam(c.figure(), c.converted().toPlainString()));
		currencyParameter(url);
		return url.encode().build().toUriString();
	}

	/** The pathway's page, totalled in the learner's currency. */
	public String pathwayUrl() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/pathways/" + this.pathway.getId());
		currencyParameter(url);
		return url.encode().build().toUriString();
	}

	/** The MicroMasters' page, its cheapest route totalled in the learner's currency. */
	public String programUrl() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/programs/" + this.pathway.getProgram().getId());
		currencyParameter(url);
		return url.encode().build().toUriString();
	}

	private void currencyParameter(UriComponentsBuilder url) {
		if (!CALCULATOR_CURRENCY.equals(this.currency)) {
			url.queryParam("currency", this.currency.getCurrencyCode());
		}
	}

	/**
	 * A figure the total lacks.
	 *
	 * @param figure {@code degree}, {@code price}, {@code tuition}, {@code share},
	 * {@code programMonths} or {@code degreeMonths}
	 * @param reason {@code missing} (our sources do not state it), {@code noSingle} (they
	 * give no single figure, and a note says why) or {@code currency} (it is published in
	 * another currency and no rate converts it)
	 * @param currency the currency it is published in, for {@code currency}
	 */
	public record Gap(String figure, String reason, Currency currency) {

		/**
		 * A missing degree, price or tuition blocks the cost; a missing share bounds it.
		 */
		public boolean isBlocking() {
			return "degree".equals(this.figure) || "price".equals(this.figure) || "tuition".equals(this.figure);
		}

	}

	/**
	 * An amount a rate converted.
	 *
	 * @param figure {@code price} or {@code tuition}
	 * @param published the amount as published
	 * @param rate units of the learner's currency for one unit of the published one
	 * @param converted the amount in the learner's currency, to the cent
	 * @param reference true for our reference rate, false for the learner's
	 * @param period the month of the reference rate ({@code 2026-06}), null for the
	 * learner's
	 * @param source who publishes the reference rate ({@code Federal Reserve}), null for
	 * the learner's
	 */
	public record Conversion(String figure, SourcedAmount published, BigDecimal rate, BigDecimal converted,
			boolean reference, String period, String source) {
	}

}
