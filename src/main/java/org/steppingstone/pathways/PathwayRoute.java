package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.catalog.Months;
import org.steppingstone.catalog.RouteCalculator;
import org.steppingstone.catalog.RouteEstimate;
import org.steppingstone.catalog.RouteFigures;
import org.steppingstone.catalog.RouteInputs;
import org.steppingstone.pathways.calculator.RouteChart;
import org.steppingstone.source.SourcedAmount;

/**
 * A pathway's route estimate: our sources' figures, replaced by the learner's where the
 * form gives one.
 *
 * @param pathway the pathway, with its program and degree
 * @param estimate the two routes
 * @param chart the cost chart, or null when a cost is unknown
 * @param overridden the inputs the learner replaced
 * @param unconverted our figures published in another currency than the calculator's US
 * dollars and converted by no rate: left out of the sums, for the page to show as
 * published
 * @param money our figures in another currency, as published and as a rate converted
 * them, and the currency of the totals
 */
public record PathwayRoute(Pathway pathway, RouteEstimate estimate, RouteChart chart, Set<String> overridden,
		List<SourcedAmount> unconverted, ForeignFigures money) {

	/** The calculator's currency: the learner's figures are read in it. */
	public static final Currency CURRENCY = Currency.getInstance("USD");

	/** With our sources' figures only, converted at our reference rates. */
	public static PathwayRoute of(Pathway pathway, ReferenceRates reference) {
		return of(pathway, CalculatorForm.of(null), reference);
	}

	/**
	 * With the learner's figures where the form has them, and our figures in another
	 * currency converted at the learner's rate or else our reference rate; the form's
	 * lengths must already be valid.
	 */
	public static PathwayRoute of(Pathway pathway, CalculatorForm learners, ReferenceRates reference) {
		ForeignFigures money = ForeignFigures.of(pathway, learners, reference);
		CalculatorForm form = learners.converted(money);
		return of(pathway, form, money);
	}

	private static PathwayRoute of(Pathway pathway, CalculatorForm form, ForeignFigures money) {
		RouteFigures ours = RouteFigures.of(pathway);
		Set<String> overridden = new LinkedHashSet<>();
		List<SourcedAmount> unconverted = new ArrayList<>();
		BigDecimal price = pick(form.price(), inCurrency(ours.price(), money.currency(), unconverted), "price",
				overridden);
		BigDecimal tuition = pick(form.tuition(), inCurrency(ours.tuition(), money.currency(), unconverted), "tuition",
				overridden);
		BigDecimal share = pick(form.share(), ours.sharePercent(), "share", overridden);
		Months programMonths = pick(Months.parse(form.programMonths()), ours.programMonths(), "programMonths",
				overridden);
		Months degreeMonths = pick(Months.parse(form.degreeMonths()), ours.degreeMonths(), "degreeMonths", overridden);
		RouteEstimate estimate = RouteCalculator.estimate(new RouteInputs(price, tuition, share, programMonths,
				degreeMonths, ours.creditReducesTuition(), ours.shareCeiling()));
		return new PathwayRoute(pathway, estimate, RouteChart.of(estimate), overridden, List.copyOf(unconverted),
				money);
	}

	/** The currency of the totals: the learner's, US dollars by default. */
	public Currency currency() {
		return this.money.currency();
	}

	/** The currency's code when it is not US dollars, for the links that carry it. */
	public String currencyParameter() {
		return CURRENCY.equals(currency()) ? null : currency().getCurrencyCode();
	}

	/**
	 * The sources of the figures taken from our data, the degree's credits among them
	 * (they give the credits still to take), for the page's source links.
	 */
	public List<String> sourceIds() {
		List<String> ids = new ArrayList<>();
		Program program = this.pathway.getProgram();
		Degree degree = this.pathway.getDegree();
		if (program.getPrice() != null) {
			ids.add(program.getPrice().sourceId());
		}
		if (program.getLength() != null) {
			ids.add(program.getLength().sourceId());
		}
		if (degree != null && degree.getTuition() != null) {
			ids.add(degree.getTuition().sourceId());
		}
		if (degree != null && degree.getLength() != null) {
			ids.add(degree.getLength().sourceId());
		}
		if (degree != null && degree.getCredits() != null) {
			ids.add(degree.getCredits().sourceId());
		}
		return ids;
	}

	/**
	 * The degree's credits still to take after the credential, when the degree's total is
	 * known.
	 */
	public BigDecimal remainingCredits() {
		Degree degree = this.pathway.getDegree();
		BigDecimal remainingShare = this.estimate.remainingSharePercent();
		if (degree == null || degree.getCredits() == null || remainingShare == null) {
			return null;
		}
		return degree.getCredits()
			.value()
			.multiply(remainingShare)
			.divide(BigDecimal.valueOf(100), 1, java.math.RoundingMode.HALF_UP);
	}

	/**
	 * The learner's figure when there is one; it counts as theirs only when it differs
	 * from ours.
	 */
	private static <T> T pick(T learners, T ours, String name, Set<String> overridden) {
		if (learners == null) {
			return ours;
		}
		boolean same = (learners instanceof BigDecimal a && ours instanceof BigDecimal b) ? a.compareTo(b) == 0
				: learners.equals(ours);
		if (!same) {
			overridden.add(name);
		}
		return learners;
	}

	/**
	 * Our figure when it is in the calculator's currency; otherwise null, and the figure
	 * goes to {@code unconverted}.
	 */
	private static BigDecimal inCurrency(SourcedAmount amount, Currency currency, List<SourcedAmount> unconverted) {
		if (amount == null || amount.value() == null) {
			return null;
		}
		if (!amount.isIn(currency)) {
			unconverted.add(amount);
			return null;
		}
		return amount.value();
	}

}
