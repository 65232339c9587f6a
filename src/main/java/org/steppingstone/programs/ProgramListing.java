package org.steppingstone.programs;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.validation.Validator;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.Titles;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * The whole catalog list, before filtering: one place for {@code /programs}, its CSV
 * export and the API.
 *
 * @param rows every program, by title
 */
public record ProgramListing(List<ProgramRow> rows) {

	private static final Comparator<ProgramRow> BY_TITLE = Titles.<ProgramRow>by((row) -> row.program().getTitle())
		.thenComparing((row) -> row.program().getId());

	/**
	 * How many programs the list has before its filters: the retired ones only when the
	 * query includes them.
	 */
	public int total(ProgramQuery query) {
		return (int) this.rows.stream().filter(status(query)).count();
	}

	/**
	 * Rejects a well-formed filter value that no program has: the query's check against
	 * this list.
	 */
	public Validator validator() {
		return new ProgramQueryValidator(this);
	}

	/**
	 * How many retired programs the list leaves out of its count because the query does
	 * not include them: 0 when it does.
	 */
	public int retiredNotCounted(ProgramQuery query) {
		return (int) this.rows.stream()
			.filter((row) -> row.program().isRetired())
			.filter(status(query).negate())
			.count();
	}

	/** The programs that pass every filter of the query, in its sort order. */
	public List<ProgramRow> matching(ProgramQuery query) {
		return this.rows.stream().filter(filter(query)).sorted(order(query.sortOrDefault())).toList();
	}

	/**
	 * The institutions that offer a program, by name: the choices of the institution
	 * filter.
	 */
	public List<Institution> institutions() {
		return this.rows.stream()
			.map((row) -> row.program().getInstitution())
			.collect(Collectors.toMap(Institution::getId, (i) -> i, (a, b) -> a))
			.values()
			.stream()
			.sorted(Titles.by(Institution::getName))
			.toList();
	}

	/**
	 * The currencies programs' prices are published in, US dollars first: the choices of
	 * the price filter's currency.
	 */
	public List<Currency> currencies() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(Currency.getInstance("USD")),
				this.rows.stream()
					.map((row) -> row.program().getPrice())
					.filter((price) -> price != null && price.currency() != null)
					.map(SourcedAmount::currency))
			.distinct()
			.toList();
	}

	/** The countries of receiving institutions: the choices of the country filter. */
	public List<String> receivingCountries() {
		return this.rows.stream().flatMap((row) -> row.receivingCountries().stream()).distinct().sorted().toList();
	}

	/**
	 * How many retired programs pass the query's other filters while the query leaves
	 * retired ones out: the list says so, so that a search never hides a match silently.
	 */
	public int retiredAlsoMatching(ProgramQuery query) {
		if (Boolean.TRUE.equals(query.includeRetired())) {
			return 0;
		}
		return (int) this.rows.stream().filter((row) -> row.program().isRetired()).filter(criteria(query)).count();
	}

	private static Predicate<ProgramRow> status(ProgramQuery query) {
		return (row) -> Boolean.TRUE.equals(query.includeRetired()) || !row.program().isRetired();
	}

	static Predicate<ProgramRow> filter(ProgramQuery query) {
		return status(query).and(criteria(query));
	}

	/** Every filter of the query but whether retired programs are in. */
	private static Predicate<ProgramRow> criteria(ProgramQuery query) {
		Predicate<ProgramRow> all = (row) -> true;
		if (query.field() != null) {
			all = all.and((row) -> row.program().getField().getSlug().equals(query.field()));
		}
		if (query.institution() != null) {
			all = all.and((row) -> row.program().getInstitution().getId().equals(query.institution()));
		}
		if (query.maxPrice() != null) {
			all = all.and((row) -> {
				SourcedAmount price = row.program().getPrice();
				return price != null && price.isIn(query.currencyOrDefault())
						&& price.value().compareTo(query.maxPrice()) <= 0;
			});
		}
		if (query.maxMonths() != null) {
			all = all.and((row) -> {
				SourcedRange length = row.program().getLength();
				return length != null && length.max() <= query.maxMonths();
			});
		}
		if (Boolean.TRUE.equals(query.credit())) {
			all = all.and(ProgramRow::hasCreditPathway);
		}
		if (query.country() != null) {
			all = all.and((row) -> row.receivingCountries().contains(query.country()));
		}
		if (query.q() != null) {
			List<String> words = Arrays.asList(normalize(query.q()).split("\\s+"));
			all = all.and((row) -> words.stream().allMatch(row.searchText()::contains));
		}
		return all;
	}

	/**
	 * Unknown values sort last, then by title, so that every order is total and stable.
	 */
	static Comparator<ProgramRow> order(String sort) {
		return switch (sort) {
			// Amounts compare only within a currency: by currency, then amount.
			case "price" -> Comparator
				.comparing((ProgramRow row) -> currencyOf(row.program()),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((ProgramRow row) -> priceOf(row.program()),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(BY_TITLE);
			case "length" -> Comparator
				.comparing((ProgramRow row) -> monthsOf(row.program()), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(BY_TITLE);
			case "share" ->
				Comparator.comparing(ProgramRow::bestShare, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
					.thenComparing(BY_TITLE);
			default -> BY_TITLE;
		};
	}

	private static String currencyOf(Program program) {
		return (program.getPrice() != null && program.getPrice().value() != null) ? program.getPrice().currencyCode()
				: null;
	}

	private static BigDecimal priceOf(Program program) {
		return (program.getPrice() != null) ? program.getPrice().value() : null;
	}

	private static Integer monthsOf(Program program) {
		return (program.getLength() != null) ? program.getLength().max() : null;
	}

	/** Lower case without accents, so that "Universite" finds "Université". */
	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
