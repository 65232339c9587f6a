package org.steppingstone.catalog;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which people read titles and names: a locale-aware collation, so that
 * "Master of Science" comes before "MS in Data Science" and "École" sits with the E's,
 * whatever the database's own collation.
 */
public final class Titles {

	private static final Collator COLLATOR = Collator.getInstance(Locale.ENGLISH);

	/** Compares two titles as a reader would; never null-safe. */
	public static final Comparator<String> ORDER = COLLATOR::compare;

	private static final Pattern PROGRAM = Pattern.compile("MicroMasters Program in (.+)");

	private static final Pattern ALM = Pattern.compile("Master of Liberal Arts \\(ALM\\) in [^,]+, field of (.+)");

	private static final Pattern SUBJECT_IN_BRACKETS = Pattern.compile("Master of Science \\((.+)\\)");

	private static final Pattern NOTE_IN_BRACKETS = Pattern.compile("\\s*\\([^)]*\\)$");

	private Titles() {
	}

	/**
	 * A program's title short enough for a heading on a phone: "MicroMasters Program in
	 * Supply Chain Management" is "MicroMasters in Supply Chain Management".
	 */
	public static String shortProgram(String title) {
		Matcher m = PROGRAM.matcher(title);
		return m.matches() ? "MicroMasters in " + m.group(1) : title;
	}

	/**
	 * A degree's title short enough for a heading on a phone: the degree's usual
	 * abbreviation ("Master of Science in Data Science" is "MS in Data Science"), without
	 * a note in brackets at its end ("(online)", "(program 5707)").
	 */
	public static String shortDegree(String title) {
		Matcher alm = ALM.matcher(title);
		if (alm.matches()) {
			return "ALM in " + alm.group(1);
		}
		Matcher subject = SUBJECT_IN_BRACKETS.matcher(title);
		if (subject.matches()) {
			return "MS in " + subject.group(1);
		}
		String shorter = NOTE_IN_BRACKETS.matcher(title).replaceFirst("");
		return shorter.replace("Master of Science", "MS")
			.replace("Master of Engineering", "MEng")
			.replace("Master's degree in", "Master's in");
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
