package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * A Master's degree that accepts at least one MicroMasters credential.
 */
@Entity
@Immutable
@Table(name = "degrees")
public class Degree {

	@Id
	private String id;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Institution institution;

	private StudyField field;

	/**
	 * {@code on-campus}, {@code online}, {@code blended}, or null when both or unstated.
	 */
	private String delivery;

	@Embedded
	@AttributeOverride(name = "value", column = @Column(name = "credits_value"))
	@AttributeOverride(name = "unit", column = @Column(name = "credits_unit"))
	@AttributeOverride(name = "sourceId", column = @Column(name = "credits_source_id"))
	@AttributeOverride(name = "computed", column = @Column(name = "credits_computed"))
	@AttributeOverride(name = "note", column = @Column(name = "credits_note"))
	private Credits credits;

	@Embedded
	@AttributeOverride(name = "min", column = @Column(name = "length_min"))
	@AttributeOverride(name = "max", column = @Column(name = "length_max"))
	@AttributeOverride(name = "sourceId", column = @Column(name = "length_source_id"))
	private SourcedRange.Undated length;

	/** Whole-degree or full-year tuition, in the currency the source publishes. */
	@Embedded
	@AttributeOverride(name = "value", column = @Column(name = "tuition_amount"))
	@AttributeOverride(name = "currency", column = @Column(name = "tuition_currency", length = 3))
	@AttributeOverride(name = "asOf", column = @Column(name = "tuition_as_of"))
	@AttributeOverride(name = "sourceId", column = @Column(name = "tuition_source_id"))
	@AttributeOverride(name = "computed", column = @Column(name = "tuition_computed"))
	@AttributeOverride(name = "note", column = @Column(name = "tuition_note"))
	private SourcedAmount tuition;

	/**
	 * False where students admitted with credit still pay the whole tuition (the credit
	 * only shortens the time); null when no source says.
	 */
	private Boolean creditReducesTuition;

	private String creditReducesTuitionSourceId;

	private String creditReducesTuitionNote;

	private String url;

	@ElementCollection
	@CollectionTable(name = "degree_sources", joinColumns = @JoinColumn(name = "degree_id"))
	@Column(name = "source_id")
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<String> sourceIds = new ArrayList<>();

	protected Degree() {
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

	public String getDelivery() {
		return this.delivery;
	}

	/** The credits the degree requires, or null when no source states them. */
	public Credits getCredits() {
		return this.credits;
	}

	public SourcedRange getLength() {
		return (this.length != null) ? this.length.toRange() : null;
	}

	/**
	 * Whole-degree or full-year tuition as the note says, or null when no source states
	 * it.
	 */
	public SourcedAmount getTuition() {
		return this.tuition;
	}

	public String getUrl() {
		return this.url;
	}

	public List<String> getSourceIds() {
		return this.sourceIds;
	}

	/**
	 * A degree's total credits.
	 *
	 * @param value the number of credits
	 * @param unit {@code US-semester-credits}, {@code MIT-units}, {@code ECTS},
	 * {@code course-credits} or {@code courses}
	 * @param sourceId the source of the value
	 * @param computed whether the total is computed (the note says how)
	 * @param note what the total covers
	 */
	@Embeddable
	public record Credits(BigDecimal value, String unit, String sourceId, boolean computed, String note) {
	}

	/**
	 * Whether credit lowers the tuition; null when no source says (the calculator then
	 * assumes it does, as most receiving degrees charge by the credit).
	 */
	public Boolean getCreditReducesTuition() {
		return this.creditReducesTuition;
	}

	public String getCreditReducesTuitionSourceId() {
		return this.creditReducesTuitionSourceId;
	}

	public String getCreditReducesTuitionNote() {
		return this.creditReducesTuitionNote;
	}

}
