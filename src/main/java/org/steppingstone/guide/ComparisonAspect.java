package org.steppingstone.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of the source document's MicroMasters-versus-Master's table, its cells verbatim.
 */
@Entity
@Immutable
@Table(name = "comparison_aspects")
public class ComparisonAspect {

	@Id
	private int position;

	private String aspect;

	private String micromasters;

	private String masters;

	protected ComparisonAspect() {
	}

	public int getPosition() {
		return this.position;
	}

	public String getAspect() {
		return this.aspect;
	}

	public String getMicromasters() {
		return this.micromasters;
	}

	public String getMasters() {
		return this.masters;
	}

}
