package org.steppingstone.system;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The site's paths as the features declare them ({@link SitePage} and {@link ServedPath}
 * beans), for what crosses every feature: the sitemap, canonical links, security headers
 * and the page cache.
 */
@Component
public class SitePaths {

	private final List<SitePage> pages;

	private final List<ServedPath> served;

	public SitePaths(List<SitePage> pages, List<ServedPath> served) {
		this.pages = pages.stream().sorted(Comparator.comparing(SitePage::path)).toList();
		this.served = List.copyOf(served);
	}

	/** Every declared page, by path. */
	public List<SitePage> pages() {
		return this.pages;
	}

	/**
	 * The query parameters that select what the page at this path shows; none for others.
	 */
	public Set<String> canonicalParameters(String path) {
		return this.pages.stream()
			.filter((page) -> page.path().equals(path))
			.findFirst()
			.map(SitePage::canonicalParameters)
			.orElse(Set.of());
	}

	/** The page of an item, such as {@code /programs/id} for a program. */
	public String itemPath(String kind, String id) {
		return this.pages.stream()
			.filter((page) -> kind.equals(page.itemKind()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No page lists the kind " + kind))
			.itemPath(id);
	}

	/** Whether any origin may read what the path serves: the data and its description. */
	public boolean isOpenData(String path) {
		return this.served.stream().anyMatch((p) -> p.role() != ServedPath.Role.OPEN_DATA_CONSOLE && p.covers(path));
	}

	/**
	 * Whether the path is on the JSON API's paths (the open data's declared path, such as
	 * {@code /api}, or below it): its errors are problem details, never a page.
	 */
	public boolean isApi(String path) {
		return path != null && this.served.stream()
			.anyMatch((p) -> p.role() == ServedPath.Role.OPEN_DATA
					&& (path.equals(p.path()) || path.startsWith(p.path() + "/")));
	}

	/** Whether the path serves a console with scripts of its own. */
	public boolean isConsole(String path) {
		return this.served.stream().anyMatch((p) -> p.role() == ServedPath.Role.OPEN_DATA_CONSOLE && p.covers(path));
	}

	/** Whether the path serves something other than pages and open data. */
	public boolean isNotPage(String path) {
		return this.served.stream().anyMatch((p) -> p.role() != ServedPath.Role.OPEN_DATA && p.covers(path));
	}

}
