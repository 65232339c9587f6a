package org.steppingstone.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * What the catalog knows, figure by figure, computed once from the catalog's repositories
 * (the data changes only when a release starts).
 */
@Component
public class CatalogCoverage {

	/** How many programs the gaps list shows. */
	static final int MOST_GAPS = 5;

	/**
	 * A program's figures, each by the column it is stored in: a gap's message key is
	 * {@code coverage.gap.} and the column.
	 */
	private static final Map<String, Function<Program, Object>> PROGRAM_FIGURES = programFigures();

	private final ProgramRepository programs;

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final SingletonSupplier<Coverage> coverage;

	CatalogCoverage(ProgramRepository programs, DegreeRepository degrees, PathwayRepository pathways) {
		this.programs = programs;
		this.degrees = degrees;
		this.pathways = pathways;
		this.coverage = SingletonSupplier.of(this::compute);
	}

	public Coverage get() {
		return this.coverage.obtain();
	}

	private static Map<String, Function<Program, Object>> programFigures() {
		Map<String, Function<Program, Object>> figures = new LinkedHashMap<>();
		figures.put("price_amount", (p) -> value(p.getPrice()));
		figures.put("length_min", Program::getLength);
		figures.put("effort_min", Program::getEffort);
		figures.put("audit_free", Program::getAuditFree);
		figures.put("course_count", Program::getCourseCount);
		return figures;
	}

	private Coverage compute() {
		List<Program> programs = this.programs.findAllWithInstitution();
		List<Degree> degrees = this.degrees.findAllWithInstitution();
		// Only a credit pathway can grant credit: the credit figures count those, the
		// historical ones included, as every figure here counts retired items too.
		List<Pathway> creditPathways = this.pathways.findAllForListing().stream().filter(Pathway::isCredit).toList();
		List<Figure> figures = List.of(
				figure("price", "programs", programs, (p) -> value(p.getPrice()), (p) -> asOf(p.getPrice())),
				figure("programLength", "programs", programs, Program::getLength, (p) -> asOf(p.getLength())),
				figure("effort", "programs", programs, Program::getEffort, null),
				figure("audit", "programs", programs, Program::getAuditFree, null),
				figure("courseCount", "programs", programs, Program::getCourseCount, null),
				figure("tuition", "degrees", degrees, (d) -> value(d.getTuition()), (d) -> asOf(d.getTuition())),
				figure("credits", "degrees", degrees, (d) -> (d.getCredits() != null) ? d.getCredits().value() : null,
						null),
				figure("degreeLength", "degrees", degrees, Degree::getLength, null),
				figure("creditAmount", "creditPathways", creditPathways, Pathway::getCreditValue, Pathway::getAsOf),
				figure("creditShare", "creditPathways", creditPathways, Pathway::getCreditSharePercent,
						Pathway::getAsOf));
		List<Gaps> gaps = new ArrayList<>();
		for (Program program : programs) {
			List<String> missing = new ArrayList<>();
			PROGRAM_FIGURES.forEach((column, value) -> {
				if (value.apply(program) == null) {
					missing.add(column);
				}
			});
			gaps.add(new Gaps(program.getId(), program.getTitle(), missing));
		}
		gaps.sort(Comparator.comparing((Gaps g) -> g.missing().size()).reversed());
		return new Coverage(figures, gaps.subList(0, Math.min(MOST_GAPS, gaps.size())));
	}

	/**
	 * @param value the figure of an item, null when the item does not state it
	 * @param asOf the date an item's figure holds, or null; null when the catalog does
	 * not date this figure
	 */
	private static <T> Figure figure(String name, String set, List<T> items, Function<T, Object> value,
			Function<T, String> asOf) {
		int stated = 0;
		List<Integer> years = new ArrayList<>();
		for (T item : items) {
			if (value.apply(item) != null) {
				stated++;
				String date = (asOf != null) ? asOf.apply(item) : null;
				if (date != null) {
					years.add(Integer.valueOf(date.substring(0, 4)));
				}
			}
		}
		years.sort(Comparator.naturalOrder());
		BigDecimal median = null;
		if (!years.isEmpty()) {
			int middle = years.size() / 2;
			median = (years.size() % 2 == 1) ? BigDecimal.valueOf(years.get(middle))
					: BigDecimal.valueOf(years.get(middle - 1) + years.get(middle))
						.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
						.stripTrailingZeros();
		}
		return new Figure(name, set, stated, items.size(), years.isEmpty() ? null : years.get(0),
				(median != null) ? median.toPlainString() : null, asOf != null, stated - years.size());
	}

	private static BigDecimal value(SourcedAmount amount) {
		return (amount != null) ? amount.value() : null;
	}

	private static String asOf(SourcedAmount amount) {
		return (amount != null) ? amount.asOf() : null;
	}

	private static String asOf(SourcedRange range) {
		return (range != null) ? range.asOf() : null;
	}

	/**
	 * @param figures each figure, in a fixed order
	 * @param mostGaps the programs missing the most figures, most first
	 */
	public record Coverage(List<Figure> figures, List<Gaps> mostGaps) {
	}

	/**
	 * One figure across the catalog.
	 *
	 * @param name the figure's key ({@code price}, {@code tuition}…)
	 * @param set the items it is counted over: {@code programs} (retired ones included),
	 * {@code degrees} or {@code creditPathways} (historical ones included)
	 * @param stated how many items state it
	 * @param of how many items could
	 * @param oldestYear the year of the oldest "as of" date among them, or null
	 * @param medianYear the median "as of" year (a half year between two), or null
	 * @param dated whether the catalog dates this figure at all
	 * @param undated how many of the items that state it give it no date, and so are not
	 * in the oldest and median years
	 */
	public record Figure(String name, String set, int stated, int of, Integer oldestYear, String medianYear,
			boolean dated, int undated) {

		/** Whether the oldest and median years leave some stated values out, undated. */
		public boolean partlyDated() {
			return this.oldestYear != null && this.undated > 0;
		}

		/** The share of items that state it, in whole percent. */
		public int percent() {
			return (this.of == 0) ? 0 : Math.round(100f * this.stated / this.of);
		}

	}

	/**
	 * A program and the figures its sources leave out.
	 *
	 * @param id the program's id
	 * @param title its title
	 * @param missing the columns it lacks ({@code price_amount}, {@code length_min}…)
	 */
	public record Gaps(String id, String title, List<String> missing) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

		/** The figures it lacks, as message keys. */
		public List<String> missingKeys() {
			return this.missing.stream().map((column) -> "coverage.gap." + column).toList();
		}

	}

}
