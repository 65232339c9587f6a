package org.steppingstone.system;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A page a feature serves, declared by that feature as a bean: the sitemap and the
 * canonical links learn the site's pages here rather than from other features' paths.
 *
 * @param path its path, such as {@code /programs}
 * @param itemKind the kind of item it lists ({@code program}, {@code degree},
 * {@code pathway}, {@code institution}), each with a page at {@code path/id}; null for a
 * page that lists none
 * @param canonicalParameters the query parameters that select what it shows, kept in its
 * canonical address
 * @param datedBy the kinds of item whose latest date is the page's own ({@code source}
 * among them); empty for a page without dated data
 */
public record SitePage(String path, String itemKind, Set<String> canonicalParameters, Set<String> datedBy) {

	/** A page without items, parameters or a date. */
	public static SitePage of(String path) {
		return new SitePage(path, null, Set.of(), Set.of());
	}

	/**
	 * A list of items of one kind, dated by them, each with its page at {@code path/id}.
	 */
	public static SitePage listing(String path, String itemKind) {
		return new SitePage(path, itemKind, Set.of(), Set.of(itemKind));
	}

	public SitePage withParameters(Set<String> parameters) {
		return new SitePage(this.path, this.itemKind, Set.copyOf(parameters), this.datedBy);
	}

	/**
	 * The page with the parameters its form binds, kept in its canonical address.
	 * @param form the record the page's query string binds to
	 */
	public SitePage withParameters(Class<? extends Record> form) {
		return new SitePage(this.path, this.itemKind, Set.copyOf(QueryForms.parameters(form)), this.datedBy);
	}

	public SitePage datedBy(String... kinds) {
		Set<String> dated = new LinkedHashSet<>(this.datedBy);
		dated.addAll(List.of(kinds));
		return new SitePage(this.path, this.itemKind, this.canonicalParameters, Set.copyOf(dated));
	}

	/** The page of one of the items it lists. */
	public String itemPath(String id) {
		return this.path + "/" + id;
	}

}
