package org.steppingstone.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * Every address with a slash added ({@code /programs/}, {@code /api/v1/programs/?page=1})
 * is sent on, permanently and with its query string, to the one without, so links and
 * crawlers that add a slash find the page and search engines see one address per page.
 * The root has no slash to trim. It runs after {@link SecurityHeaders} (a redirect
 * carries the same headers, and anything but GET and HEAD is refused first) and before
 * the {@link PageCache}, which then sees only canonical addresses.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class TrailingSlashes extends OncePerRequestFilter {

	private final UrlHandlerFilter redirect = UrlHandlerFilter.trailingSlashHandler("/**")
		.redirect(HttpStatus.PERMANENT_REDIRECT)
		.build();

	/**
	 * A path that starts with two slashes stays a 404: trimmed, {@code //evil.example/}
	 * would become a redirect to another host.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("//");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.redirect.doFilter(request, response, chain);
	}

}
