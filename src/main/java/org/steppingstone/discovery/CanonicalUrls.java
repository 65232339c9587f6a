package org.steppingstone.discovery;

import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.steppingstone.system.SitePaths;

/**
 * Gives every page its canonical address ({@code canonicalUrl}, for the layout's
 * {@code <link rel="canonical">} and {@code og:url}): absolute, as the client sees the
 * site, without tracking noise. A page whose query string selects what it shows keeps the
 * parameters it reads, in their order, when they have a value; every other page is its
 * path alone. Each feature declares the parameters its pages read. Error pages have none.
 */
@ControllerAdvice
class CanonicalUrls {

	private final SitePaths paths;

	CanonicalUrls(SitePaths paths) {
		this.paths = paths;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ServletUriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentRequestUri();
		Set<String> read = this.paths.canonicalParameters(path);
		if (!read.isEmpty() && request.getQueryString() != null) {
			MultiValueMap<String, String> query = UriComponentsBuilder.newInstance()
				.query(request.getQueryString())
				.build()
				.getQueryParams();
			query.forEach((name, values) -> {
				List<String> kept = values.stream().filter((v) -> v != null && !isBlank(v)).toList();
				if (read.contains(name) && !kept.isEmpty()) {
					url.queryParam(name, kept.toArray());
				}
			});
		}
		return url.build().toUriString();
	}

	/**
	 * Blank once decoded: an empty field of a submitted form ({@code field=},
	 * {@code q=+}).
	 */
	private static boolean isBlank(String encoded) {
		return encoded.replace("+", "").replace("%20", "").isBlank();
	}

}
