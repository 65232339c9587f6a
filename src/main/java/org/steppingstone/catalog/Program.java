package org.steppingstone.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * A MicroMasters program: a series of graduate-level online courses from one university,
 * ending in a credential.
 */
@Entity
@Immutable
@Table(name = "programs")
public class Program extends Offering {

	private String summary;

	private Integer courseCount;

	private Integer requiredCourseCount;

	private String finalAssessment;

	/**
	 * The total to earn the credential, in the currency the source publishes (column
	 * price_amount; the first release's US-dollar price_value is no longer written).
	 */
	@Embedded
	@AttributeOverride(name = "value", column = @Column(name = "price_amount"))
	private SourcedAmount price;

	@Embedded
	private SourcedRange length;

	@Embedded
	private SourcedRange.Undated effort;

	private Boolean auditFree;

	private String auditFreeSourceId;

	/**
	 * {@code active}, {@code renamed}, {@code retired} or {@code unknown}; not a live
	 * check.
	 */
	private String status;

	/** The day (or month, or year) a retired program ended; null unless retired. */
	private String retiredOn;

	private String retiredOnSourceId;

	/** Why or how it ended, in the source's terms. */
	private String retiredOnNote;

	private String programUrl;

	@ElementCollection
	@CollectionTable(name = "program_sources", joinColumns = @JoinColumn(name = "program_id"))
	@Column(name = "source_id")
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<String> sourceIds = new ArrayList<>();

	protected Program() {
	}

	public String getSummary() {
		return this.summary;
	}

	public Integer getCourseCount() {
		return this.courseCount;
	}

	public Integer getRequiredCourseCount() {
		return this.requiredCourseCount;
	}

	public String getFinalAssessment() {
		return this.finalAssessment;
	}

	/** The total to earn the credential, or null when no source states one. */
	public SourcedAmount getPrice() {
		return this.price;
	}

	/** The time to earn the credential in months, or null when no source states it. */
	public SourcedRange getLength() {
		return this.length;
	}

	/**
	 * Hours per week for each course, or null when no source states it for all courses.
	 */
	public SourcedRange getEffort() {
		return (this.effort != null) ? this.effort.toRange() : null;
	}

	/** Whether the courses can be audited free, or null when no source says. */
	public Boolean getAuditFree() {
		return this.auditFree;
	}

	public String getAuditFreeSourceId() {
		return this.auditFreeSourceId;
	}

	public String getStatus() {
		return this.status;
	}

	/** Whether the program has ended: it keeps its page, but no one can enrol. */
	public boolean isRetired() {
		return "retired".equals(this.status);
	}

	public String getRetiredOn() {
		return this.retiredOn;
	}

	public String getRetiredOnSourceId() {
		return this.retiredOnSourceId;
	}

	public String getRetiredOnNote() {
		return this.retiredOnNote;
	}

	public String getProgramUrl() {
		return this.programUrl;
	}

	/** Every source used for the program, in the catalog's order. */
	@Override
	public List<String> getSourceIds() {
		return this.sourceIds;
	}

}
