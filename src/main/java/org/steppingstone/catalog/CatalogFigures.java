package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * The figures behind the source document's table, computed from the catalog: what
 * MicroMasters and the Master's degrees that count them cost and take, and how much
 * credit the pathways grant.
 */
@Service
@Transactional(readOnly = true)
public class CatalogFigures {

	/** The currency the spreads combine. */
	public static final Currency CURRENCY = Currency.getInstance("USD");

	private final ProgramRepository programs;

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	CatalogFigures(ProgramRepository programs, DegreeRepository degrees, PathwayRepository pathways) {
		this.programs = programs;
		this.degrees = degrees;
		this.pathways = pathways;
	}

	public Figures compute() {
		// Retired programs and their historical pathways are for the record, not for what
		// one can take today.
		List<Program> allPrograms = this.programs.findAllWithInstitution();
		List<Program> programList = allPrograms.stream().filter((p) -> !p.isRetired()).toList();
		List<Degree> degreeList = this.degrees.findAllWithInstitution();
		List<Pathway> creditPathways = this.pathways.findAllForListing().stream().filter(Pathway::isCredit).toList();
		List<Pathway> open = creditPathways.stream().filter((p) -> !p.isHistorical()).toList();
		List<Pathway> credited = open.stream().filter((p) -> p.getCreditSharePercent() != null).toList();
		List<Unconverted> apart = new ArrayList<>();
		programList.stream()
			.filter((p) -> elsewhere(p.getPrice()))
			.forEach((p) -> apart.add(new Unconverted(p.getTitle(), p.getPrice())));
		int pricesElsewhere = apart.size();
		degreeList.stream()
			.filter((d) -> elsewhere(d.getTuition()))
			.forEach((d) -> apart.add(new Unconverted(d.getTitle(), d.getTuition())));
		return new Figures(money(programList.stream().map(Program::getPrice).toList()),
				months(programList.stream().map(Program::getLength).toList()),
				money(degreeList.stream().map(Degree::getTuition).toList()),
				months(degreeList.stream().map(Degree::getLength).toList()),
				Spread.of(credited.stream().map(Pathway::getCreditSharePercent).toList(),
						credited.stream().map(Pathway::getAsOf).toList(), open.size()),
				List.copyOf(apart), new LeftOut(allPrograms.size() - programList.size(),
						creditPathways.size() - open.size(), pricesElsewhere, apart.size() - pricesElsewhere));
	}

	/**
	 * Only amounts in US dollars are combined; the others are shown apart, as published.
	 */
	private static Spread money(List<SourcedAmount> amounts) {
		List<BigDecimal> values = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		for (SourcedAmount amount : amounts) {
			if (amount != null && amount.isIn(CURRENCY)) {
				values.add(amount.value());
				dates.add(amount.asOf());
			}
		}
		return Spread.of(values, dates, amounts.size());
	}

	private static boolean elsewhere(SourcedAmount amount) {
		return amount != null && amount.value() != null && !amount.isIn(CURRENCY);
	}

	/**
	 * Each item's range counts by its midpoint; the spread runs from the shortest minimum
	 * to the longest maximum.
	 */
	private static Spread months(List<SourcedRange> ranges) {
		List<BigDecimal> mids = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		BigDecimal min = null;
		BigDecimal max = null;
		for (SourcedRange range : ranges) {
			if (range != null) {
				mids.add(BigDecimal.valueOf(range.min() + range.max()).divide(BigDecimal.valueOf(2)));
				dates.add(range.asOf());
				min = (min == null) ? BigDecimal.valueOf(range.min()) : min.min(BigDecimal.valueOf(range.min()));
				max = (max == null) ? BigDecimal.valueOf(range.max()) : max.max(BigDecimal.valueOf(range.max()));
			}
		}
		Spread spread = Spread.of(mids, dates, ranges.size());
		return new Spread(min, max, spread.median(), spread.count(), spread.of(), spread.asOfFrom(), spread.asOfTo(),
				spread.undated());
	}

	/**
	 * A figure published in another currency than the figures it would meet: shown as
	 * published, never converted or counted with them.
	 *
	 * @param item the program's or degree's title
	 * @param amount the figure
	 */
	public record Unconverted(String item, SourcedAmount amount) {
	}

	/**
	 * What the spreads do not count, so that each count can name its set: the figures are
	 * over the programs open today, every degree, and the credit pathways open today.
	 *
	 * @param retiredPrograms programs no one can start today
	 * @param historicalCreditPathways credit pathways from those programs
	 * @param pricesElsewhere open programs whose price is in another currency than the
	 * spread's
	 * @param tuitionElsewhere degrees whose tuition is in another currency
	 */
	public record LeftOut(int retiredPrograms, int historicalCreditPathways, int pricesElsewhere,
			int tuitionElsewhere) {

		/**
		 * Items of a row's set whose figure is in another currency, listed apart.
		 * @param row {@code prices}, {@code programMonths}, {@code tuition},
		 * {@code degreeMonths} or {@code shares}
		 */
		public int elsewhere(String row) {
			return switch (row) {
				case "prices" -> this.pricesElsewhere;
				case "tuition" -> this.tuitionElsewhere;
				default -> 0;
			};
		}

		/** Items outside a row's set: retired programs, or historical pathways. */
		public int notCounted(String row) {
			return switch (row) {
				case "prices", "programMonths" -> this.retiredPrograms;
				case "shares" -> this.historicalCreditPathways;
				default -> 0;
			};
		}

	}

	/**
	 * @param prices MicroMasters prices in US dollars, over the programs open today
	 * @param programMonths MicroMasters lengths, over the programs open today
	 * @param tuition receiving Master's tuition in US dollars, over every degree
	 * @param degreeMonths receiving Master's lengths, over every degree
	 * @param shares the share of a degree a credential counts for, over the credit
	 * pathways open today
	 * @param unconverted prices and tuition in other currencies, left out of the spreads
	 * @param leftOut what the spreads do not count
	 */
	public record Figures(Spread prices, Spread programMonths, Spread tuition, Spread degreeMonths, Spread shares,
			List<Unconverted> unconverted, LeftOut leftOut) {

		/** Bar widths for the chart of the two medians, out of {@code scale}. */
		public int medianWidth(Spread spread, int scale) {
			BigDecimal top = this.prices.median().max(this.tuition.median());
			return spread.median()
				.multiply(BigDecimal.valueOf(scale))
				.divide(top, 0, java.math.RoundingMode.HALF_UP)
				.intValue();
		}

	}

}
