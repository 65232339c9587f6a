package org.steppingstone.source;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

/**
 * A field whose value the sources disagree on, with every value they give. Exactly one
 * value is the one kept in the catalog.
 */
@Entity
@Immutable
@Table(name = "conflicts")
public class Conflict {

	@Id
	private String id;

	/**
	 * {@code program}, {@code course}, {@code degree}, {@code pathway} or
	 * {@code institution}.
	 */
	private String entity;

	private String entityId;

	private String field;

	@ElementCollection
	@CollectionTable(name = "conflict_values", joinColumns = @JoinColumn(name = "conflict_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<ConflictValue> values = new ArrayList<>();

	protected Conflict() {
	}

	public String getId() {
		return this.id;
	}

	public String getEntity() {
		return this.entity;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public String getField() {
		return this.field;
	}

	public List<ConflictValue> getValues() {
		return this.values;
	}

}
