package org.steppingstone.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A reason to pursue a MicroMasters, as the source document lists it.
 */
@Entity
@Immutable
@Table(name = "reasons")
public class Reason {

	@Id
	private int position;

	private String title;

	private String description;

	protected Reason() {
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
