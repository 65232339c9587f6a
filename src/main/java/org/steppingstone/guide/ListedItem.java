package org.steppingstone.guide;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An item of one of the source document's numbered lists: its place in the list, title
 * and description.
 */
@MappedSuperclass
public abstract class ListedItem {

	@Id
	private int position;

	private String title;

	private String description;

	protected ListedItem() {
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

}
