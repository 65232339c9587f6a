package org.steppingstone.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What the catalog knows, figure by figure, computed once from the database (the data
 * changes only when a release starts).
 */
@Component
public class CatalogCoverage {

	/** How many programs the gaps list shows. */
	static final int MOST_GAPS = 5;

	private final JdbcClient jdbc;

	private final SingletonSupplier<Coverage> coverage;

	CatalogCoverage(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.coverage = SingletonSupplier.of(this::compute);
	}

	public Coverage get() {
		return this.coverage.obtain();
	}

	private Coverage compute() {
		List<Map<String, Object>> programs = this.jdbc.sql("""
				select id, title, price_amount, price_as_of, length_min, length_as_of, effort_min, audit_free,
				       course_count
				from programs order by title""").query().listOfRows();
		List<Map<String, Object>> degrees = this.jdbc.sql("""
				select id, tuition_amount, tuition_as_of, credits_value, length_min from degrees""")
			.query()
			.listOfRows();
		// Only a credit pathway can grant credit: the credit figures count those, the
		// historical ones included, as every figure here counts retired items too.
		List<Map<String, Object>> creditPathways = this.jdbc
			.sql("select id, credit_value, credit_share_percent, as_of from pathways where kind = 'credit'")
			.query()
			.listOfRows();
		List<Figure> figures = List.of(figure("price", "programs", programs, "price_amount", "price_as_of"),
				figure("programLength", "programs", programs, "length_min", "length_as_of"),
				figure("effort", "programs", programs, "effort_min", null),
				figure("audit", "programs", programs, "audit_free", null),
				figure("courseCount", "programs", programs, "course_count", null),
				figure("tuition", "degrees", degrees, "tuition_amount", "tuition_as_of"),
				figure("credits", "degrees", degrees, "credits_value", null),
				figure("degreeLength", "degrees", degrees, "length_min", null),
				figure("creditAmount", "creditPathways", creditPathways, "credit_value", "as_of"),
				figure("creditShare", "creditPathways", creditPathways, "credit_share_percent", "as_of"));
		List<String> programFigures = List.of("price_amount", "length_min", "effort_min", "audit_free", "course_count");
		List<Gaps> gaps = new ArrayList<>();
		for (Map<String, Object> program : programs) {
			List<String> missing = new ArrayList<>();
			for (String column : programFigures) {
				if (value(program, column) == null) {
					missing.add(column);
				}
			}
			gaps.add(new Gaps((String) value(program, "id"), (String) value(program, "title"), missing));
		}
		gaps.sort(Comparator.comparing((Gaps g) -> g.missing().size()).reversed());
		return new Coverage(figures, gaps.subList(0, Math.min(MOST_GAPS, gaps.size())));
	}

	private static Figure figure(String name, String set, List<Map<String, Object>> items, String column,
			String asOfColumn) {
		int stated = 0;
		List<Integer> years = new ArrayList<>();
		for (Map<String, Object> item : items) {
			if (value(item, column) != null) {
				stated++;
				String asOf = (asOfColumn != null) ? (String) value(item, asOfColumn) : null;
				if (asOf != null) {
					years.add(Integer.valueOf(asOf.substring(0, 4)));
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
				(median != null) ? median.toPlainString() : null, asOfColumn != null, stated - years.size());
	}

	/** A column's value whatever case the database gives its name in. */
	private static Object value(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return (value != null) ? value : row.get(column.toUpperCase(java.util.Locale.ROOT));
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
