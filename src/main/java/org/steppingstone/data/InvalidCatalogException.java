package org.steppingstone.data;

import java.util.List;

/**
 * A catalog file that breaks its schema or refers to an id it does not hold. The message
 * lists every problem as {@code file: array "id" field: what is wrong}.
 */
public class InvalidCatalogException extends RuntimeException {

	private final List<String> problems;

	InvalidCatalogException(String file, List<String> problems) {
		super(file + " is not a valid catalog (" + problems.size() + " problem" + ((problems.size() == 1) ? "" : "s")
				+ "):\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	InvalidCatalogException(String file, String problem, Throwable cause) {
		super(file + " is not a valid catalog: " + problem, cause);
		this.problems = List.of(problem);
	}

	/** Each problem, naming the file, the item's id and the field. */
	public List<String> problems() {
		return this.problems;
	}

}
