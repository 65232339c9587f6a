package org.steppingstone.changes;

import java.time.LocalDate;
import java.util.List;

/**
 * One data release of the catalog, as its file records it.
 *
 * @param version the catalog version, such as {@code 1.3}
 * @param date the day it was released
 * @param summary what it changed, in a sentence or two
 * @param changes each change, in the order the file lists them (none for the first
 * releases)
 */
public record Release(String version, LocalDate date, String summary, List<Change> changes) {

	/** The release's anchor on /changes, such as {@code release-1-3}. */
	public String anchor() {
		return "release-" + this.version.replace('.', '-');
	}

	/**
	 * One change: which item and field, from what to what, on what source's word.
	 *
	 * @param entity the array the item belongs to ({@code programs}, {@code sources}…)
	 * @param entityId the item's id
	 * @param field the field, or null when a whole item was added
	 * @param kind {@code added}, {@code corrected}, {@code retired} or
	 * {@code source-added}
	 * @param from the old value as a short text, or null when there was none
	 * @param to the new value as a short text
	 * @param sourceId the source that backs the change
	 * @param sourceTitle that source's title
	 * @param sourceUrl that source's address
	 */
	public record Change(String entity, String entityId, String field, String kind, String from, String to,
			String sourceId, String sourceTitle, String sourceUrl) {

		/**
		 * The site's page for the changed item, or null for a disagreement (it is shown
		 * on its entity's page).
		 */
		public String page() {
			return switch (this.entity) {
				case "programs", "degrees", "pathways", "institutions" -> "/" + this.entity + "/" + this.entityId;
				case "sources" -> "/sources#source-" + this.entityId;
				default -> null;
			};
		}

	}

}
