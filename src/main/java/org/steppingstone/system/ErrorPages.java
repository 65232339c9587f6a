package org.steppingstone.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns any exception a page throws into a page in the site's layout with the right
 * status: an unknown slug or path is a 404 page, a wrong method a 405 (with its Allow
 * header), anything unexpected a 500 page that shows no detail. On the JSON API's paths
 * the same statuses are answered as problem details instead ({@link ApiErrors}), for what
 * the API's own advice does not see, such as an unmapped {@code /api/…} path. Errors
 * raised outside Spring MVC reach {@link SiteErrorController} instead.
 */
@ControllerAdvice
class ErrorPages {

	private static final Log logger = LogFactory.getLog(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A page ({@link ModelAndView}), or on the API's paths a problem detail
	 * ({@code ResponseEntity}).
	 */
	@ExceptionHandler(Exception.class)
	Object handle(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		HttpStatusCode status = HttpStatus.INTERNAL_SERVER_ERROR;
		if (ex instanceof ErrorResponse error) {
			status = error.getStatusCode();
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		}
		else if (ex instanceof InvalidParameterException) {
			// A query string that is not valid UTF-8 or percent-encoding: the client's
			// mistake.
			status = HttpStatus.BAD_REQUEST;
		}
		if (status.is5xxServerError()) {
			logger.error("Request failed", ex);
		}
		if (ApiErrors.isApi(request)) {
			return ApiErrors.problem(status, request, this.messages);
		}
		ModelAndView page = new ModelAndView((status.value() == 404) ? "error/404" : "error", status);
		page.addObject("status", status.value());
		return page;
	}

}
