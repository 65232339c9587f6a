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
import jakarta.persistence.JoinColumn;
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
public class Degree extends Offering {

	/**
	 * {@code on-campus}, {@code online}, {@code blended}, or null when both or unstated.
	 */
	private String delivery;

	@Embedded
	private Credits credits;

	@Embedded
	private SourcedRange.Undated length;

	/**
	 * Whole-degree or full-year tuition, in the currency the source publishes (column
	 * tuition_amount; the first release's US-dollar tuition_value is no longer written).
	 */
	@Embedded
	@AttributeOverride(name = "value", column = @Column(name = "tuition_amount"))
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

	@Override
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
