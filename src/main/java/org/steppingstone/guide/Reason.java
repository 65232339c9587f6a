package org.steppingstone.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A reason to pursue a MicroMasters, as the source document lists it.
 */
@Entity
@Immutable
@Table(name = "reasons")
public class Reason extends ListedItem {

	protected Reason() {
	}

}
