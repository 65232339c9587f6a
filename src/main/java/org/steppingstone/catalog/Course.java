package org.steppingstone.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

/**
 * A course of a MicroMasters program. The position orders the list; it is not a required
 * sequence.
 */
@Entity
@Immutable
@Table(name = "courses")
public class Course {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Program program;

	private int position;

	/** The edX course code, null when no source gives it. */
	private String code;

	/** Null only for a course known by its code alone. */
	private String title;

	private Integer weeks;

	private Integer effortMin;

	private Integer effortMax;

	private boolean elective;

	/** The source of the title and code. */
	private String sourceId;

	private String asOf;

	@ElementCollection
	@CollectionTable(name = "course_sources", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "source_id")
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<String> otherSourceIds = new ArrayList<>();

	protected Course() {
	}

	public String getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public Integer getWeeks() {
		return this.weeks;
	}

	public Integer getEffortMin() {
		return this.effortMin;
	}

	public Integer getEffortMax() {
		return this.effortMax;
	}

	public boolean isElective() {
		return this.elective;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public String getAsOf() {
		return this.asOf;
	}

	/** Further sources, typically for the code, weeks or effort. */
	public List<String> getOtherSourceIds() {
		return this.otherSourceIds;
	}

}
