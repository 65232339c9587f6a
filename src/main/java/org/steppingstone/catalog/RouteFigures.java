package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * A pathway's route as our sources state it: what the calculator needs, each amount in
 * the currency it is published in. The route finder, the calculator and the program
 * page's cheapest route all start here, so they total a route alike.
 *
 * @param price the MicroMasters price, or null when no source states it
 * @param tuition the Master's tuition, or null when no source states it or no degree is
 * named
 * @param sharePercent the share of the degree credited, or null when unknown
 * @param programMonths how long the MicroMasters takes, or null
 * @param degreeMonths how long the Master's takes from scratch, or null
 * @param creditReducesTuition false where the degree charges its whole tuition to
 * students admitted with credit; assumed true when no source says
 * @param shareCeiling the most of the degree a source says may be credited, where no
 * share is stated; null otherwise
 */
public record RouteFigures(SourcedAmount price, SourcedAmount tuition, BigDecimal sharePercent, Months programMonths,
		Months degreeMonths, boolean creditReducesTuition, BigDecimal shareCeiling) {

	public RouteFigures(SourcedAmount price, SourcedAmount tuition, BigDecimal sharePercent, Months programMonths,
			Months degreeMonths, boolean creditReducesTuition) {
		this(price, tuition, sharePercent, programMonths, degreeMonths, creditReducesTuition, null);
	}

	/** The figures of a pathway whose program and degree are loaded. */
	public static RouteFigures of(Pathway pathway) {
		Program program = pathway.getProgram();
		Degree degree = pathway.getDegree();
		return new RouteFigures(program.getPrice(), (degree != null) ? degree.getTuition() : null,
				pathway.getCreditSharePercent(), months(program.getLength()),
				(degree != null) ? months(degree.getLength()) : null,
				degree == null || !Boolean.FALSE.equals(degree.getCreditReducesTuition()),
				(pathway.getCreditSharePercent() == null) ? pathway.getCreditMaxSharePercent() : null);
	}

	/**
	 * The calculator's inputs in one currency: an amount published in another is
	 * converted at the rate given for its currency (units of {@code currency} for one
	 * unit), to the cent, half up; without a rate it is left out (null), never taken as
	 * it stands.
	 * @param rates the rates by the currency they convert from
	 */
	public RouteInputs in(Currency currency, Map<Currency, BigDecimal> rates) {
		return new RouteInputs(amount(this.price, currency, rates), amount(this.tuition, currency, rates),
				this.sharePercent, this.programMonths, this.degreeMonths, this.creditReducesTuition, this.shareCeiling);
	}

	/** The route's estimate in one currency, without conversion. */
	public RouteEstimate estimate(Currency currency) {
		return RouteCalculator.estimate(in(currency, Map.of()));
	}

	/**
	 * An amount in the currency, converted when there is a rate for its own; null when it
	 * is unknown or cannot be converted.
	 */
	public static BigDecimal amount(SourcedAmount amount, Currency currency, Map<Currency, BigDecimal> rates) {
		if (amount == null || amount.value() == null || amount.currency() == null) {
			return null;
		}
		if (amount.isIn(currency)) {
			return amount.value();
		}
		BigDecimal rate = rates.get(amount.currency());
		return (rate != null) ? convert(amount.value(), rate) : null;
	}

	/** An amount at a rate, to the cent, half up. */
	public static BigDecimal convert(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

	private static Months months(SourcedRange range) {
		return (range != null) ? Months.of(range.min(), range.max()) : null;
	}

}
