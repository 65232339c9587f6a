package org.steppingstone.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses the catalog writes into its exports, structured data and download links.
 */
public final class SiteUrls {

	private SiteUrls() {
	}

	/**
	 * The site's absolute address as the client sees it (behind a proxy, from its
	 * X-Forwarded-* headers), without a trailing slash.
	 */
	public static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/**
	 * The export of the list a page shows: the export's path with the page's own query
	 * string.
	 */
	public static String export(String path, HttpServletRequest request) {
		return UriComponentsBuilder.fromPath(request.getContextPath() + path)
			.query(request.getQueryString())
			.build()
			.toUriString();
	}

	/**
	 * A link that carries the totals' currency onward: {@code currency=CODE} added when
	 * it is not US dollars, the default; the link as it is otherwise.
	 */
	public static String carryingCurrency(String url, java.util.Currency currency) {
		if (currency == null || "USD".equals(currency.getCurrencyCode())) {
			return url;
		}
		return UriComponentsBuilder.fromUriString(url)
			.queryParam("currency", currency.getCurrencyCode())
			.build()
			.toUriString();
	}

}
