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
 * An expected answer, not a fault: query parameters the API refuses (a 400 whose
 * {@code invalidParams} names each one with the rule it breaks, in the words the catalog
 * pages use), or an id no item of a collection ({@code programs}, {@code degrees} or
 * {@code pathways}) has (a 404 whose detail names the list to choose from).
 */
class ApiRefusal extends ErrorResponseException {

	private final List<FieldError> errors;

	private ApiRefusal(HttpStatus status, String detailCode, List<FieldError> errors) {
		super(status, ProblemDetail.forStatus(status), null, detailCode, null);
		this.errors = errors;
	}

	/** No item of the collection has the requested id. */
	static ApiRefusal unknownItem(String collection) {
		return new ApiRefusal(HttpStatus.NOT_FOUND, "api.problem.notFound." + collection, List.of());
	}

	/** Throws when any of the results holds an error. */
	static void check(BindingResult... results) {
		List<FieldError> errors = Stream.of(results).flatMap((r) -> r.getFieldErrors().stream()).toList();
		if (!errors.isEmpty()) {
			throw new ApiRefusal(HttpStatus.BAD_REQUEST, "api.problem.invalidParams", errors);
		}
	}

	@Override
	public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
		ProblemDetail problem = super.updateAndGetBody(messages, locale);
		if (messages != null && !this.errors.isEmpty()) {
			problem.setProperty("invalidParams",
					this.errors.stream()
						.map((error) -> new InvalidParam(error.getField(), messages.getMessage(error, locale)))
						.distinct()
						.toList());
		}
		return problem;
	}

	/** No stack trace to fill. */
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
