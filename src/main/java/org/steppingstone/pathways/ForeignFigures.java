package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.source.SourcedAmount;

/**
 * Our figures for a pathway that are published in another currency than the one the
 * calculator totals in (the learner's, US dollars by default). Such a figure is stated,
 * only not in that currency: it is converted at the learner's rate where they give one,
 * else at our reference rate, and the page says which.
 *
 * @param figures the price and the tuition when published in another currency
 * @param currency the currency of the totals
 */
public record ForeignFigures(List<Figure> figures, Currency currency) {

	/** In US dollars. */
	public ForeignFigures(List<Figure> figures) {
		this(figures, PathwayRoute.CURRENCY);
	}

	/**
	 * The pathway's figures in other currencies, converted with the learner's rate where
	 * the form gives one and no figure of its own for that input.
	 */
	public static ForeignFigures of(Pathway pathway, CalculatorForm form) {
		return of(pathway, form, ReferenceRates.NONE);
	}

	/**
	 * The pathway's figures in other currencies, converted with the learner's rate where
	 * the form gives one for that figure's currency, else at our reference rate; never
	 * where the learner gave a figure of their own.
	 */
	public static ForeignFigures of(Pathway pathway, CalculatorForm form, ReferenceRates reference) {
		Degree degree = pathway.getDegree();
		Currency totals = currency(form, reference);
		SourcedAmount price = foreign(pathway.getProgram().getPrice(), totals);
		SourcedAmount tuition = (degree != null) ? foreign(degree.getTuition(), totals) : null;
		// One rate, for one currency: the first figure's (a second currency stays
		// unconverted).
		Currency currency = (price != null) ? price.currency() : (tuition != null) ? tuition.currency() : null;
		List<Figure> figures = new ArrayList<>();
		if (price != null) {
			figures.add(Figure.of("price", price, form.price(), form.rate(), currency, totals, reference));
		}
		if (tuition != null) {
			figures.add(Figure.of("tuition", tuition, form.tuition(), form.rate(), currency, totals, reference));
		}
		return new ForeignFigures(List.copyOf(figures), totals);
	}

	/**
	 * The currency the form asks the totals in: US dollars unless it names one with a
	 * reference rate (the controller refuses any other).
	 */
	public static Currency currency(CalculatorForm form, ReferenceRates reference) {
		if (form.currency() == null) {
			return PathwayRoute.CURRENCY;
		}
		Currency asked = ReferenceRates.find(form.currency());
		return (asked != null && reference.has(asked)) ? asked : PathwayRoute.CURRENCY;
	}

	private static SourcedAmount foreign(SourcedAmount amount, Currency totals) {
		return (amount != null && amount.value() != null && amount.currency() != null && !amount.isIn(totals)) ? amount
				: null;
	}

	/** The figure of an input, or null when it is in US dollars or not stated. */
	public Figure figure(String input) {
		return this.figures.stream().filter((figure) -> figure.input().equals(input)).findFirst().orElse(null);
	}

	/** The converted figure of an input, or null when it has none. */
	public BigDecimal converted(String input) {
		Figure figure = figure(input);
		return (figure != null) ? figure.converted() : null;
	}

	/**
	 * The inputs that our sources do not state at all: the estimate's missing ones less
	 * those published in another currency.
	 */
	public List<String> notStated(List<String> missing) {
		return missing.stream()
			.filter((input) -> this.figures.stream().noneMatch((figure) -> figure.input().equals(input)))
			.toList();
	}

	/** Whether the pathway has a figure the learner's rate would convert. */
	public boolean isEmpty() {
		return this.figures.isEmpty();
	}

	/** The currency a rate converts from: the first figure's. */
	public String currencyCode() {
		return this.figures.isEmpty() ? null : this.figures.get(0).published().currency().getCurrencyCode();
	}

	/**
	 * One figure as published, and what the learner's rate made of it.
	 *
	 * @param input the calculator's input ({@code price} or {@code tuition})
	 * @param published the figure in its own currency, with its source and date
	 * @param rate the rate used (units of the totals' currency for one unit of the
	 * figure's), or null
	 * @param converted the figure in the totals' currency at that rate, or null
	 * @param period the month of our reference rate when it converted the figure; null
	 * for the learner's rate
	 * @param source who publishes our reference rate ({@code Federal Reserve}); null for
	 * the learner's rate
	 */
	public record Figure(String input, SourcedAmount published, BigDecimal rate, BigDecimal converted, String period,
			String source) {

		/**
		 * Converted when the learner gave no figure of their own for the input (their own
		 * figure, in the totals' currency, wins): at the learner's rate when they gave
		 * one for its currency, else at our reference rate.
		 */
		static Figure of(String input, SourcedAmount published, BigDecimal learners, BigDecimal rate,
				Currency rateCurrency, Currency totals, ReferenceRates reference) {
			if (learners != null) {
				return new Figure(input, published, null, null, null, null);
			}
			if (rate != null && published.currency().equals(rateCurrency)) {
				return new Figure(input, published, rate,
						published.value().multiply(rate).setScale(2, RoundingMode.HALF_UP), null, null);
			}
			BigDecimal ours = reference.rate(published.currency(), totals);
			if (ours == null) {
				return new Figure(input, published, null, null, null, null);
			}
			return new Figure(input, published, ours,
					published.value().multiply(ours).setScale(2, RoundingMode.HALF_UP), reference.period(),
					reference.source());
		}

		/** Whether our reference rate converted it (not the learner's). */
		public boolean isReference() {
			return this.period != null;
		}

	}

}
