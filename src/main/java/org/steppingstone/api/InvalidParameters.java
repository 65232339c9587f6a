package org.steppingstone.api;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Query parameters the API refuses, each with the rule it breaks; answered 400 by
 * {@link ApiProblems}.
 */
class InvalidParameters extends RuntimeException {

	private final List<FieldError> errors;

	private InvalidParameters(List<FieldError> errors) {
		super(null, null, false, false);
		this.errors = errors;
	}

	List<FieldError> getErrors() {
		return this.errors;
	}

	/** Throws when any of the results holds an error. */
	static void check(BindingResult... results) {
		List<FieldError> errors = Stream.of(results).flatMap((r) -> r.getFieldErrors().stream()).toList();
		if (!errors.isEmpty()) {
			throw new InvalidParameters(errors);
		}
	}

}
