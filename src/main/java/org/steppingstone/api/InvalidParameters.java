package org.steppingstone.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;

/**
 * Query parameters the API refuses: a 400 whose {@code invalidParams} names each one with
 * the rule it breaks, in the words the catalog pages use.
 */
class InvalidParameters extends ErrorResponseException {

	private final List<FieldError> errors;

	private InvalidParameters(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null,
				"api.problem.invalidParams", null);
		this.errors = errors;
	}

	/** Throws when any of the results holds an error. */
	static void check(BindingResult... results) {
		List<FieldError> errors = Stream.of(results).flatMap((r) -> r.getFieldErrors().stream()).toList();
		if (!errors.isEmpty()) {
			throw new InvalidParameters(errors);
		}
	}

	@Override
	public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
		ProblemDetail problem = super.updateAndGetBody(messages, locale);
		if (messages != null) {
			problem.setProperty("invalidParams",
					this.errors.stream()
						.map((error) -> new InvalidParam(error.getField(), messages.getMessage(error, locale)))
						.distinct()
						.toList());
		}
		return problem;
	}

	/** An expected answer, not a fault: no stack trace to fill. */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

	/**
	 * A refused query parameter.
	 *
	 * @param name the parameter's name
	 * @param reason what it allows
	 */
	record InvalidParam(String name, String reason) {
	}

}
