package org.steppingstone.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code item} parameters of a comparison, read and checked: each
 * {@code program:slug} or {@code degree:slug}, duplicates dropped, at most {@link #MAX}
 * of them.
 *
 * @param items the well-formed items, in order, without duplicates
 * @param malformed the values that are not of either form
 */
record ComparisonRequest(List<String> items, List<String> malformed) {

	static final int MAX = 4;

	private static final Pattern ITEM = Pattern.compile("(program|degree):[a-z0-9]+(-[a-z0-9]+)*");

	static ComparisonRequest parse(List<String> values) {
		Set<String> items = new LinkedHashSet<>();
		List<String> malformed = new ArrayList<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			if (value.isBlank()) {
				continue;
			}
			String item = value.strip();
			if (item.length() <= 120 && ITEM.matcher(item).matches()) {
				items.add(item);
			}
			else {
				malformed.add(value);
			}
		}
		return new ComparisonRequest(List.copyOf(items), List.copyOf(malformed));
	}

	List<String> slugs(String kind) {
		return this.items.stream()
			.filter((item) -> item.startsWith(kind + ":"))
			.map((item) -> item.substring(kind.length() + 1))
			.toList();
	}

	boolean tooMany() {
		return this.items.size() > MAX;
	}

}
