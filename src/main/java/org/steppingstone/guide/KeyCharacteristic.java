package org.steppingstone.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A key characteristic of a MicroMasters program, as the source document lists it.
 */
@Entity
@Immutable
@Table(name = "key_characteristics")
public class KeyCharacteristic extends ListedItem {

	protected KeyCharacteristic() {
	}

}
