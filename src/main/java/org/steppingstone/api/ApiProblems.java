package org.steppingstone.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.steppingstone.system.ErrorResponses;

/**
 * Answers every exception an API endpoint throws with an RFC 9457 problem detail
 * ({@code application/problem+json}), never a page: Spring MVC's own exceptions and ours
 * ({@link ApiRefusal}) through Spring's handler, anything else as {@link ErrorResponses}
 * maps it (a database outage is a 503, the unexpected a 500 that shows no detail). Errors
 * outside the API's controllers (an unmapped {@code /api/…} path, a refused method) are
 * answered with the same problem details by the system package's error handling.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> other(Exception ex, WebRequest request) {
		ErrorResponse error = ErrorResponses.of(ex);
		ErrorResponses.log(error, request.getDescription(false));
		return handleExceptionInternal(ex, error.updateAndGetBody(getMessageSource(), request.getLocale()),
				error.getHeaders(), error.getStatusCode(), request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail : ProblemDetail.forStatus(status);
		if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
			problem.setInstance(ErrorResponses.instance(servlet.getRequest().getRequestURI()));
		}
		return ResponseEntity.status(status)
			.headers(ErrorResponses.headers(headers, status))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
