package org.steppingstone.catalog;

import java.util.List;

import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What a university offers in a field of study: a MicroMasters program or a Master's
 * degree, each in its own table with these columns.
 */
@MappedSuperclass
public abstract class Offering {

	@Id
	private String id;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Institution institution;

	private StudyField field;

	protected Offering() {
	}

	public String getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public StudyField getField() {
		return this.field;
	}

	/** Every source used for it, in the catalog's order. */
	public abstract List<String> getSourceIds();

}
