package org.steppingstone.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Source ids as a reader of an export can follow them: each source's title and address.
 * An id no source has (never the case in a loaded catalog) gives an empty cell, as an
 * absent source does.
 *
 * @param byId the sources, keyed by id
 */
public record SourceNames(Map<String, Source> byId) {

	/**
	 * Several titles in one cell. Titles hold spaces and commas, so they are set apart by
	 * a bar, which no source title contains; addresses, like ids, by a space.
	 */
	public static final String TITLE_SEPARATOR = " | ";

	/** Several addresses (or ids) in one cell: neither ever holds a space. */
	public static final String URL_SEPARATOR = " ";

	public static SourceNames of(Collection<Source> sources) {
		return new SourceNames(sources.stream().collect(Collectors.toMap(Source::getId, Function.identity())));
	}

	/** The title of the source with this id; null for a null id. */
	public String title(String id) {
		Source source = (id != null) ? this.byId.get(id) : null;
		return (source != null) ? source.getTitle() : null;
	}

	/** The address of the source with this id; null for a null id. */
	public String url(String id) {
		Source source = (id != null) ? this.byId.get(id) : null;
		return (source != null) ? source.getUrl() : null;
	}

	/**
	 * The titles of these sources, in their order, in one cell; null when there are none.
	 */
	public String titles(List<String> ids) {
		return join(ids, this::title, TITLE_SEPARATOR);
	}

	/**
	 * The addresses of these sources, in their order, in one cell; null when there are
	 * none.
	 */
	public String urls(List<String> ids) {
		return join(ids, this::url, URL_SEPARATOR);
	}

	private static String join(List<String> ids, Function<String, String> value, String separator) {
		if (ids == null || ids.isEmpty()) {
			return null;
		}
		return ids.stream().map(value).filter(Objects::nonNull).collect(Collectors.joining(separator));
	}

}
