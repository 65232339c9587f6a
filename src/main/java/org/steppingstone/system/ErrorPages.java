package org.steppingstone.system;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
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
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error the API's own handler does not see: what a page throws, an unknown
 * path, and (through {@link SiteErrorController}) what fails outside Spring MVC. The
 * status and headers come from {@link ErrorResponses}. A page is found by Boot's error
 * view resolution ({@code error/404.html}, {@code error/503.html}, else
 * {@code error.html}), in the site's layout, whatever the client accepts, and shows no
 * exception; on the API's paths the answer is the problem detail instead.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private final List<ErrorViewResolver> views;

	private final MessageSource messages;

	private final SitePaths paths;

	ErrorPages(List<ErrorViewResolver> views, MessageSource messages, SitePaths paths) {
		this.views = views;
		this.messages = messages;
		this.paths = paths;
	}

	/**
	 * A page ({@link ModelAndView}), or on the API's paths a problem detail
	 * ({@code ResponseEntity}).
	 */
	@ExceptionHandler(Exception.class)
	Object handle(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(ErrorResponses.of(ex), request, response);
	}

	Object answer(ErrorResponse error, HttpServletRequest request, HttpServletResponse response) {
		HttpStatusCode status = error.getStatusCode();
		ErrorResponses.log(error, request.getMethod() + " " + request.getRequestURI());
		HttpHeaders headers = ErrorResponses.headers(error.getHeaders(), status);
		if (ApiErrors.isApi(request, this.paths)) {
			ProblemDetail problem = error.updateAndGetBody(this.messages, request.getLocale());
			problem.setInstance(ErrorResponses.instance(ApiErrors.path(request)));
			return ResponseEntity.status(status)
				.headers(headers)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		headers.forEach((name, values) -> values.forEach((value) -> response.setHeader(name, value)));
		response.setStatus(status.value());
		// A page is HTML, also on a path Thymeleaf would otherwise type by its extension
		// (/sitemap.xml).
		request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_HTML));
		Map<String, Object> model = Map.of("status", status.value(), "busy", ErrorResponses.busy(error));
		HttpStatus known = HttpStatus.resolve(status.value());
		for (ErrorViewResolver resolver : this.views) {
			ModelAndView page = (known != null) ? resolver.resolveErrorView(request, known, model) : null;
			if (page != null) {
				page.setStatus(status);
				return page;
			}
		}
		return new ModelAndView("error", model, status);
	}

}
