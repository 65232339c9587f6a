package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
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
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

/**
 * How a MicroMasters credential counts toward a receiving degree, or toward an
 * institution when only that is known.
 */
@Entity
@Immutable
@Table(name = "pathways")
public class Pathway {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Program program;

	/** Null when only the receiving institution is known. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Degree degree;

	/** The receiving institution; the degree's institution when there is a degree. */
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Institution institution;

	/** {@code credit}, {@code admission} or {@code non-degree}. */
	private String kind;

	private BigDecimal creditValue;

	private String creditUnit;

	private BigDecimal creditSharePercent;

	/**
	 * {@code computed} (value / degree total) or {@code stated} (a source's own share).
	 */
	private String creditShareBasis;

	private String creditText;

	/** A ceiling ("at most 9 of 30 credits"), never the share granted. */
	private BigDecimal creditMaxSharePercent;

	private String creditMaxSourceId;

	private Boolean admissionRequired;

	private Boolean onCampusRequired;

	/**
	 * {@code published} (an official source describes it), {@code unverified}, or
	 * {@code historical} (from a retired program, kept for its holders and the record).
	 */
	private String status;

	private String asOf;

	/** How many of its sources are official pages: what its status words rest on. */
	@Formula("(select count(*) from pathway_sources ps join sources s on s.id = ps.source_id "
			+ "where ps.pathway_id = id and s.kind = 'official')")
	private int officialSources;

	@ElementCollection
	@CollectionTable(name = "pathway_conditions", joinColumns = @JoinColumn(name = "pathway_id"))
	@Column(name = "text")
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<String> conditions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "pathway_sources", joinColumns = @JoinColumn(name = "pathway_id"))
	@Column(name = "source_id")
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<String> sourceIds = new ArrayList<>();

	protected Pathway() {
	}

	public String getId() {
		return this.id;
	}

	public Program getProgram() {
		return this.program;
	}

	public Degree getDegree() {
		return this.degree;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public String getKind() {
		return this.kind;
	}

	public boolean isCredit() {
		return "credit".equals(this.kind);
	}

	public BigDecimal getCreditValue() {
		return this.creditValue;
	}

	public String getCreditUnit() {
		return this.creditUnit;
	}

	/**
	 * The share of the receiving degree the credential counts for, 0–100, or null when
	 * unknown.
	 */
	public BigDecimal getCreditSharePercent() {
		return this.creditSharePercent;
	}

	public String getCreditShareBasis() {
		return this.creditShareBasis;
	}

	public String getCreditText() {
		return this.creditText;
	}

	/**
	 * The most of the receiving degree a source allows to be credited, 0–100, where it
	 * states a ceiling; null otherwise. Never the share granted.
	 */
	public BigDecimal getCreditMaxSharePercent() {
		return this.creditMaxSharePercent;
	}

	/** The source of the ceiling, or null. */
	public String getCreditMaxSourceId() {
		return this.creditMaxSourceId;
	}

	public Boolean getAdmissionRequired() {
		return this.admissionRequired;
	}

	public Boolean getOnCampusRequired() {
		return this.onCampusRequired;
	}

	public String getStatus() {
		return this.status;
	}

	/** Whether the pathway starts from a retired program: no one can take it today. */
	public boolean isHistorical() {
		return "historical".equals(this.status);
	}

	public String getAsOf() {
		return this.asOf;
	}

	/**
	 * What our sources confirm, in one word the pages and the API share, so that the
	 * status never contradicts the sources listed beside it:
	 * <ul>
	 * <li>{@code confirmed}: published, an official source describes the pathway;</li>
	 * <li>{@code officialSilent}: official pages are among its sources (the program's or
	 * the degree's), but none confirms the pathway itself;</li>
	 * <li>{@code unofficial}: no official page among its sources at all;</li>
	 * <li>{@code historical}: its MicroMasters has retired.</li>
	 * </ul>
	 */
	public String getEvidence() {
		if (isHistorical()) {
			return "historical";
		}
		if ("published".equals(this.status)) {
			return "confirmed";
		}
		return (this.officialSources > 0) ? "officialSilent" : "unofficial";
	}

	public List<String> getConditions() {
		return this.conditions;
	}

	public List<String> getSourceIds() {
		return this.sourceIds;
	}

	/**
	 * Both ends with their universities: "University of California San Diego's
	 * MicroMasters Program in Data Science → Rochester Institute of Technology's MS in
	 * Data Science", or only the receiving university when the degree is not named.
	 */
	public String label() {
		String from = this.program.getInstitution().getName() + "'s " + this.program.getTitle();
		String to = (this.degree != null) ? this.institution.getName() + "'s " + this.degree.getTitle()
				: this.institution.getName();
		return from + " → " + to;
	}

	/**
	 * Both ends by their short titles, for a heading that fits a phone's first screen:
	 * "MicroMasters in Data Science → MS in Data Science"; the receiving university when
	 * the degree is not named. {@link #label()} keeps the full names.
	 */
	public String shortLabel() {
		String to = (this.degree != null) ? Titles.shortDegree(this.degree.getTitle()) : this.institution.getName();
		return Titles.shortProgram(this.program.getTitle()) + " → " + to;
	}

	/**
	 * What the route costs by our sources' figures, in US dollars, as the calculator
	 * totals it ({@link RouteFigures}); null when a figure it needs is missing or
	 * published in another currency.
	 */
	public BigDecimal routeCost() {
		return RouteFigures.of(this).estimate(Currency.getInstance("USD")).stackedCost();
	}

	/**
	 * The most the route can cost by our sources' figures in US dollars where only the
	 * share credited is missing (counting no credit), as the route finder bounds it; null
	 * when the cost is exact ({@link #routeCost()}) or cannot be bounded.
	 */
	public BigDecimal routeCostAtMost() {
		Bound cost = RouteFigures.of(this).estimate(Currency.getInstance("USD")).cost();
		return cost.isBounded() ? cost.atMost() : null;
	}

}
