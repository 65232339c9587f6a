package org.steppingstone.system;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * A list whose filters are bound from the query string: the same check and the same match
 * serve its page, its CSV export and its API resource.
 *
 * @param <Q> the filters
 * @param <T> the listed items
 */
public interface FilteredList<Q, T> {

	/**
	 * Rejects a well-formed filter value that nothing in the list has, so that a mistyped
	 * filter is answered with a message instead of an empty list.
	 */
	void check(Q query, Errors errors);

	/** The items that pass every filter of the query, in the list's order. */
	List<T> matching(Q query);

	/**
	 * The items a page lists, or null when a filter is refused: the response is then a
	 * 400 and the page shows why.
	 */
	default List<T> shown(Q query, BindingResult result, HttpServletResponse response) {
		check(query, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		return matching(query);
	}

	/**
	 * The matching items as a CSV download, or a 400 naming each refused filter.
	 * @param records the CSV records of the matching items
	 */
	default ResponseEntity<String> csv(Q query, BindingResult result, MessageSource messages, Locale locale,
			String filename, String[] header, Function<List<T>, List<List<Object>>> records) {
		check(query, result);
		if (result.hasErrors()) {
			return Csv.refusal(result, messages, locale);
		}
		return Csv.attachment(filename, header, records.apply(matching(query)));
	}

}
