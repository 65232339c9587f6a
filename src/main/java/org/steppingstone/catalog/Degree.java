package org.steppingstone.catalog;

import java.math.BigDecimal;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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

	private BigDecimal creditsValue;

	private String creditsUnit;

	private String creditsSourceId;

	private Boolean creditsComputed;

	private String creditsNote;

	private Integer lengthMin;

	private Integer lengthMax;

	private String lengthSourceId;

	/** As the source publishes it, in {@code tuitionCurrency}. */
	private BigDecimal tuitionAmount;

	/** ISO 4217. */
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String tuitionCurrency;

	/**
	 * False where students admitted with credit still pay the whole tuition (the credit
	 * only shortens the time); null when no source says.
	 */
	private Boolean creditReducesTuition;

	private String creditReducesTuitionSourceId;

	private String creditReducesTuitionNote;

	private String tuitionAsOf;

	private String tuitionSourceId;

	private Boolean tuitionComputed;

	private String tuitionNote;

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
		return (this.creditsSourceId != null) ? new Credits(this.creditsValue, this.creditsUnit, this.creditsSourceId,
				Boolean.TRUE.equals(this.creditsComputed), this.creditsNote) : null;
	}

	public SourcedRange getLength() {
		return SourcedRange.of(this.lengthMin, this.lengthMax, null, this.lengthSourceId);
	}

	/**
	 * Whole-degree or full-year tuition as the note says, or null when no source states
	 * it.
	 */
	public SourcedAmount getTuition() {
		return SourcedAmount.of(this.tuitionAmount, this.tuitionCurrency, this.tuitionAsOf, this.tuitionSourceId,
				this.tuitionComputed, this.tuitionNote);
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
