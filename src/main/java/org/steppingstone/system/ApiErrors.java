package org.steppingstone.system;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Errors on the JSON API's paths ({@code /api/…}) are RFC 9457 problem details, never a
 * page. The API's own advice answers what its controllers throw; this answers the rest in
 * the same form: an unmapped path, a refused method, an error raised outside Spring MVC.
 */
final class ApiErrors {

	private ApiErrors() {
	}

	/**
	 * Whether the request, or the request an error dispatch is for, is on the API's
	 * paths.
	 */
	static boolean isApi(HttpServletRequest request) {
		String path = path(request);
		return path != null && (path.equals("/api") || path.startsWith("/api/"));
	}

	/**
	 * The path as the client sent it, without the context path; for an error dispatch,
	 * the failed request's.
	 */
	static String path(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (request.getDispatcherType() == DispatcherType.ERROR && failed instanceof String original)
				? original : request.getRequestURI();
		String context = request.getContextPath();
		return (uri != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length()) : uri;
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, HttpServletRequest request,
			MessageSource messages) {
		String key = switch (status.value()) {
			case 404 -> "api.problem.notFound";
			case 405 -> "api.problem.methodNotAllowed";
			default -> status.is5xxServerError() ? "api.problem.serverError" : "api.problem.clientError";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, new Object[] { status.value() }, request.getLocale()));
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : null);
		problem.setInstance(instance(path(request)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The path as sent, or null when it is not a valid URI reference (it is then left
	 * out).
	 */
	private static URI instance(String path) {
		try {
			return (path != null) ? new URI(path) : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
