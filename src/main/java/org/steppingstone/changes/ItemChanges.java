package org.steppingstone.changes;

import java.time.LocalDate;
import java.util.List;

/**
 * One program, degree or pathway and the catalog changes that touched it, newest release
 * first: the item's own values, its disagreements and (for a program) its courses.
 *
 * @param kind {@code programs}, {@code degrees} or {@code pathways}
 * @param id the item's id
 * @param name what the item is called, as its page heads it
 * @param changes each change with the release that made it
 * @param firstRelease the date of the catalog's first release, when every item without a
 * change of its own was already there
 */
public record ItemChanges(String kind, String id, String name, List<Dated> changes, LocalDate firstRelease) {

	/** The item's page, such as {@code /degrees/id}. */
	public String page() {
		return "/" + this.kind + "/" + this.id;
	}

	/** The item's feed, such as {@code /degrees/id/changes.atom}. */
	public String feed() {
		return page() + "/changes.atom";
	}

	/** When the item last changed: the newest release that touched it. */
	public LocalDate updated() {
		return this.changes.isEmpty() ? this.firstRelease : this.changes.get(0).release().date();
	}

	/**
	 * One change and the release that made it.
	 *
	 * @param release the release
	 * @param position the change's place in the release's list, from 1 (a release's list
	 * never changes once published, so it names the change for good)
	 * @param change the change
	 */
	public record Dated(Release release, int position, Release.Change change) {
	}

}
