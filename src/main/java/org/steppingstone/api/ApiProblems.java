package org.steppingstone.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every exception an API endpoint throws with an RFC 9457 problem detail
 * ({@code application/problem+json}), never a page: refused parameters are 400 with each
 * one named in {@code invalidParams}, an unknown id is 404, and anything unexpected is a
 * 500 that shows no detail. Errors outside the API's controllers (an unmapped
 * {@code /api/…} path, a refused method) are answered in the same form by the system
 * package's error handling.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidParameters.class)
	ResponseEntity<ProblemDetail> invalidParameters(InvalidParameters ex, HttpServletRequest request, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.invalidParams", request, locale);
		List<InvalidParam> invalid = ex.getErrors()
			.stream()
			.map((error) -> new InvalidParam(error.getField(), this.messages.getMessage(error, locale)))
			.distinct()
			.toList();
		problem.setProperty("invalidParams", invalid);
		return answer(problem, HttpHeaders.EMPTY);
	}

	@ExceptionHandler(UnknownItem.class)
	ResponseEntity<ProblemDetail> unknownItem(UnknownItem ex, HttpServletRequest request, Locale locale) {
		return answer(problem(HttpStatus.NOT_FOUND, "api.problem.notFound." + ex.getCollection(), request, locale),
				HttpHeaders.EMPTY);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request, Locale locale) {
		HttpStatusCode status = HttpStatus.INTERNAL_SERVER_ERROR;
		HttpHeaders headers = HttpHeaders.EMPTY;
		if (ex instanceof ErrorResponse error) {
			status = error.getStatusCode();
			headers = error.getHeaders();
		}
		else if (ex instanceof InvalidParameterException) {
			// A query string that is not valid UTF-8 or percent-encoding: the client's
			// mistake.
			status = HttpStatus.BAD_REQUEST;
		}
		if (status.is5xxServerError()) {
			logger.error("API request failed", ex);
		}
		String detail = status.is5xxServerError() ? "api.problem.serverError" : "api.problem.clientError";
		return answer(problem(status, detail, request, locale), headers);
	}

	private ProblemDetail problem(HttpStatusCode status, String detailKey, HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(detailKey, new Object[] { status.value() }, locale));
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : null);
		problem.setInstance(instance(request.getRequestURI()));
		return problem;
	}

	/**
	 * The request's path as sent, or null when it is not a valid URI reference (it is
	 * then left out).
	 */
	static URI instance(String path) {
		try {
			return new URI(path);
		}
		catch (URISyntaxException | NullPointerException ex) {
			return null;
		}
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus())
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
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
