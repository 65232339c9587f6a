package org.steppingstone.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A key characteristic of a MicroMasters program, as the source document lists it.
 */
@Entity
@Immutable
@Table(name = "key_characteristics")
public class KeyCharacteristic {

	@Id
	private int position;

	private String title;

	private String description;

	protected KeyCharacteristic() {
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
