package org.steppingstone.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site is read-only and stateless: every response carries a strict set of security
 * headers, and any method but GET and HEAD is refused with 405 before it reaches a page.
 * A fixed set of headers needs no more than this filter (Spring Security would add a
 * filter chain, a login page and CSRF tokens the site has no use for).
 * <p>
 * The JSON API ({@code /api/…}) and its OpenAPI description are public, read-only data:
 * any origin may read them (CORS, without credentials), and a CORS preflight for them is
 * answered here. The Swagger UI ({@code /swagger-ui/…}) gets the one policy that lets its
 * scripts run and call the API from this origin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	/**
	 * Pages run no script; {@code connect-src 'self'} lets audit tools that run in the
	 * page (Lighthouse reads {@code /robots.txt} that way) fetch from this origin.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	/**
	 * The Swagger UI: its own scripts, and fetches of the API from this origin; still no
	 * inline script. The one hash is the style element of the Swagger logo, an inline
	 * SVG.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
			+ "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	/**
	 * Request headers a cross-origin reader of the API may send (beyond those CORS always
	 * allows).
	 */
	static final String CORS_ALLOWED_HEADERS = "Accept, Accept-Language, Cache-Control, If-Match, If-None-Match, "
			+ "If-Modified-Since";

	private final SitePaths paths;

	SecurityHeaders(SitePaths paths) {
		this.paths = paths;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = ApiErrors.path(request);
		boolean swaggerUi = this.paths.isConsole(path);
		boolean openData = this.paths.isOpenData(path);
		response.setHeader("Content-Security-Policy",
				swaggerUi ? SWAGGER_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy",
				"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Cross-Origin-Resource-Policy", openData ? "cross-origin" : "same-origin");
		if (openData) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
		String method = request.getMethod();
		if (openData && isPreflight(request)) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, CORS_ALLOWED_HEADERS);
			response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return;
		}
		if (request.getDispatcherType() != DispatcherType.ERROR && !"GET".equals(method) && !"HEAD".equals(method)) {
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isPreflight(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.REQUEST && "OPTIONS".equals(request.getMethod())
				&& request.getHeader(HttpHeaders.ORIGIN) != null
				&& request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
