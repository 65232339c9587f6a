package org.steppingstone.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are on the JSON API's paths (the path the API declares as a
 * {@link ServedPath}, {@code /api/…}): their errors are RFC 9457 problem details, never a
 * page, and any origin may read them.
 */
final class ApiErrors {

	private ApiErrors() {
	}

	/**
	 * Whether the request, or the request an error dispatch is for, is on the API's
	 * paths.
	 */
	static boolean isApi(HttpServletRequest request, SitePaths paths) {
		return paths.isApi(path(request));
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

}
