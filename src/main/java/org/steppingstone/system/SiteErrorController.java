package org.steppingstone.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside Spring MVC (a filter's refusal, an exception thrown by a filter,
 * a request Tomcat rejects) reach this error page, and are answered like any other by
 * {@link ErrorPages}. It replaces Boot's own controller, which would answer {@code curl}
 * and other non-browser clients with JSON instead of a page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

	private final ErrorPages pages;

	SiteErrorController(ErrorPages pages) {
		this.pages = pages;
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return this.pages.answer(
				(failure instanceof Throwable ex) ? ErrorResponses.of(ex)
						: ErrorResponses.of(HttpStatusCode.valueOf((status instanceof Integer code) ? code : 500)),
				request, response);
	}

}
