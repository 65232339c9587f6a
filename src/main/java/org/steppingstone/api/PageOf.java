package org.steppingstone.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, with the links to its neighbours.
 *
 * @param <T> the type of the items
 * @param items the items of this page, in the list's order
 * @param page this page's number, from 0
 * @param size the number of items per page
 * @param totalItems the number of items on all pages
 * @param totalPages the number of pages
 * @param links this page and its neighbours
 */
@Schema(description = "One page of a list.")
record PageOf<T>(List<T> items, int page, int size, int totalItems, int totalPages, PageLinks links) {

	/** The requested page of a whole list; a page past the last is empty. */
	static <E, T> PageOf<T> of(List<E> all, Paging paging, Function<E, T> mapper, HttpServletRequest request) {
		int page = paging.pageOrDefault();
		int size = paging.sizeOrDefault();
		int totalItems = all.size();
		int totalPages = (totalItems + size - 1) / size;
		long from = Math.min((long) page * size, totalItems);
		int to = (int) Math.min(from + size, totalItems);
		List<T> items = all.subList((int) from, to).stream().map(mapper).toList();
		UriComponentsBuilder here = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("size", size);
		String last = (totalPages > 0) ? link(here, totalPages - 1) : null;
		PageLinks links = new PageLinks(link(here, page), link(here, 0),
				(page > 0 && totalPages > 0) ? link(here, Math.min(page, totalPages) - 1) : null,
				(page + 1 < totalPages) ? link(here, page + 1) : null, last);
		return new PageOf<>(items, page, size, totalItems, totalPages, links);
	}

	private static String link(UriComponentsBuilder here, int page) {
		return here.cloneBuilder().replaceQueryParam("page", page).build().toUriString();
	}

	/**
	 * Links to this page and its neighbours, with the same filters; null where there is
	 * none.
	 *
	 * @param self this page
	 * @param first the first page
	 * @param prev the page before, null on the first
	 * @param next the page after, null on the last
	 * @param last the last page, null when the list is empty
	 */
	@Schema(description = "This page and its neighbours, with the same filters; null where there is none.")
	record PageLinks(@Schema(example = "/api/v1/programs?field=engineering&size=20&page=1") String self, String first,
			String prev, String next, String last) {
	}

}
