package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.steppingstone.catalog.Months;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.RouteInputs;

/**
 * The calculator's query string: the pathway, and the learner's own figures where they
 * replace our sources'. Lengths are checked by {@link #checkMonths(Errors)}.
 */
public class CalculatorForm {

	/** The query parameters this binds: they select what the calculator shows. */
	public static final Set<String> PARAMETERS = Set.of("pathway", "price", "tuition", "share", "programMonths",
			"degreeMonths", "rate", "program", "degree", "currency");

	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{calculator.allowed.pathway}")
	@Size(max = 200, message = "{calculator.allowed.pathway}")
	private String pathway;

	/** With {@link #degree}: any MicroMasters with any Master's, no pathway needed. */
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{calculator.allowed.program}")
	@Size(max = 200, message = "{calculator.allowed.program}")
	private String program;

	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{calculator.allowed.degree}")
	@Size(max = 200, message = "{calculator.allowed.degree}")
	private String degree;

	@DecimalMin(value = "0", message = "{calculator.allowed.price}")
	@DecimalMax(value = "10000000", message = "{calculator.allowed.price}")
	@Digits(integer = 8, fraction = 2, message = "{calculator.allowed.price}")
	private BigDecimal price;

	@DecimalMin(value = "0", message = "{calculator.allowed.tuition}")
	@DecimalMax(value = "10000000", message = "{calculator.allowed.tuition}")
	@Digits(integer = 8, fraction = 2, message = "{calculator.allowed.tuition}")
	private BigDecimal tuition;

	@DecimalMin(value = "0", message = "{calculator.allowed.share}")
	@DecimalMax(value = "100", message = "{calculator.allowed.share}")
	@Digits(integer = 3, fraction = 1, message = "{calculator.allowed.share}")
	private BigDecimal share;

	@Size(max = 30, message = "{calculator.allowed.programMonths}")
	private String programMonths;

	/** US dollars for one unit of the currency a figure is published in. */
	@DecimalMin(value = "0", inclusive = false, message = "{calculator.allowed.rate}")
	@DecimalMax(value = "10000", message = "{calculator.allowed.rate}")
	@Digits(integer = 5, fraction = 8, message = "{calculator.allowed.rate}")
	private BigDecimal rate;

	@Size(max = 30, message = "{calculator.allowed.degreeMonths}")
	private String degreeMonths;

	/** The currency of the totals and of the learner's figures; US dollars by default. */
	@Pattern(regexp = "[A-Z]{3}", message = "{calculator.allowed.currency}")
	private String currency;

	public String getPathway() {
		return this.pathway;
	}

	public void setPathway(String pathway) {
		this.pathway = blankToNull(pathway);
	}

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = blankToNull(program);
	}

	public String getDegree() {
		return this.degree;
	}

	public void setDegree(String degree) {
		this.degree = blankToNull(degree);
	}

	/** Whether the form asks for a MicroMasters and a Master's rather than a pathway. */
	public boolean isPair() {
		return this.pathway == null && (this.program != null || this.degree != null);
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public BigDecimal getTuition() {
		return this.tuition;
	}

	public void setTuition(BigDecimal tuition) {
		this.tuition = tuition;
	}

	public BigDecimal getShare() {
		return this.share;
	}

	public void setShare(BigDecimal share) {
		this.share = share;
	}

	public String getProgramMonths() {
		return this.programMonths;
	}

	public void setProgramMonths(String programMonths) {
		this.programMonths = blankToNull(programMonths);
	}

	public BigDecimal getRate() {
		return this.rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}

	public String getDegreeMonths() {
		return this.degreeMonths;
	}

	public void setDegreeMonths(String degreeMonths) {
		this.degreeMonths = blankToNull(degreeMonths);
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = blankToNull(currency);
	}

	/**
	 * Rejects a length that {@link Months#parse(String)} cannot read, unless its field is
	 * already refused; a range written longer first is called reversed.
	 */
	void checkMonths(Errors errors) {
		checkMonths(errors, "programMonths", this.programMonths);
		checkMonths(errors, "degreeMonths", this.degreeMonths);
	}

	private static void checkMonths(Errors errors, String field, String value) {
		if (value != null && !errors.hasFieldErrors(field) && Months.parse(value) == null) {
			errors.rejectValue(field, Months.isReversed(value) ? "calculator.reversed" : "calculator.months");
		}
	}

	/**
	 * The pathway's figures in another currency than US dollars, converted with this
	 * form's rate where it applies.
	 */
	public ForeignFigures foreign(Pathway pathway) {
		return ForeignFigures.of(pathway, this);
	}

	/**
	 * The figures the calculator counts: the learner's, and our figures in another
	 * currency converted with the learner's rate. The form itself keeps what the learner
	 * entered.
	 */
	CalculatorForm converted(ForeignFigures foreign) {
		CalculatorForm figures = new CalculatorForm();
		figures.pathway = this.pathway;
		figures.price = (foreign.converted("price") != null) ? foreign.converted("price") : this.price;
		figures.tuition = (foreign.converted("tuition") != null) ? foreign.converted("tuition") : this.tuition;
		figures.share = this.share;
		figures.programMonths = this.programMonths;
		figures.degreeMonths = this.degreeMonths;
		figures.rate = this.rate;
		figures.currency = this.currency;
		return figures;
	}

	/**
	 * Shows the figures in use, so that the learner edits them rather than starting from
	 * empty fields.
	 */
	void fill(RouteInputs inputs) {
		fill(inputs, new ForeignFigures(List.of()));
	}

	/**
	 * Shows the figures in use, so that the learner edits them rather than starting from
	 * empty fields; a figure converted with the learner's rate stays empty, so that the
	 * rate keeps converting it.
	 */
	void fill(RouteInputs inputs, ForeignFigures foreign) {
		this.price = (foreign.converted("price") != null) ? null : plain(inputs.price());
		this.tuition = (foreign.converted("tuition") != null) ? null : plain(inputs.tuition());
		this.share = plain(inputs.sharePercent());
		this.programMonths = (inputs.programMonths() != null) ? inputs.programMonths().toInput() : null;
		this.degreeMonths = (inputs.degreeMonths() != null) ? inputs.degreeMonths().toInput() : null;
		this.rate = plain(this.rate);
	}

	/** 1350 rather than 1350.00, and never 1.35E+3. */
	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
