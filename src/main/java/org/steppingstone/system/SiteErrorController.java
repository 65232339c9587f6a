package org.steppingstone.system;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error with a page in the site's layout ({@code error/404.html} or
 * {@code error.html}), whatever the client accepts: Boot's own controller would answer
 * {@code curl} and other non-browser clients with JSON. The page shows the status only,
 * never a message, exception or stack trace. An error on the JSON API's paths (such as a
 * refused method) is answered as a problem detail instead, with no more detail than the
 * page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController extends AbstractErrorController {

	private final MessageSource messages;

	SiteErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers, MessageSource messages) {
		super(errorAttributes, resolvers);
		this.messages = messages;
	}

	/**
	 * A page ({@link ModelAndView}), or on the API's paths a problem detail
	 * ({@code ResponseEntity}).
	 */
	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		if (ApiErrors.isApi(request)) {
			return ApiErrors.problem(status, request, this.messages);
		}
		Map<String, Object> model = getErrorAttributes(request,
				ErrorAttributeOptions.of(ErrorAttributeOptions.Include.STATUS));
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView("error", model, status);
	}

}
