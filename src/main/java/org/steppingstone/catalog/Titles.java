package org.steppingstone.catalog;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order in which people read titles and names: a locale-aware collation, so that
 * "Master of Science" comes before "MS in Data Science" and "École" sits with the E's,
 * whatever the database's own collation.
 */
public final class Titles {

	private static final Collator COLLATOR = Collator.getInstance(Locale.ENGLISH);

	/** Compares two titles as a reader would; never null-safe. */
	public static final Comparator<String> ORDER = COLLATOR::compare;

	private Titles() {
	}

	/** Orders items by a title or name. */
	public static <T> Comparator<T> by(Function<T, String> title) {
		return Comparator.comparing(title, ORDER);
	}

	/** A copy of the items ordered by a title or name, ties kept in their order. */
	public static <T> List<T> sorted(List<T> items, Function<T, String> title) {
		return items.stream().sorted(by(title)).toList();
	}

	/** Pathways by their program's title, then by their id. */
	public static List<Pathway> pathways(List<Pathway> pathways) {
		return pathways.stream()
			.sorted(Titles.<Pathway>by((p) -> p.getProgram().getTitle()).thenComparing(Pathway::getId))
			.toList();
	}

}
