package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.steppingstone.catalog.Months;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.RouteInputs;

/**
 * The calculator's query string: the pathway, and the learner's own figures where they
 * replace our sources'. What needs the catalog or the reference rates, and lengths
 * {@link Months} must read, is checked by {@link CalculatorFormValidator}.
 *
 * @param pathway the pathway whose route the calculator estimates
 * @param program with {@code degree}: any MicroMasters with any Master's, no pathway
 * needed
 * @param degree with {@code program}: the Master's
 * @param price the learner's price of the MicroMasters
 * @param tuition the learner's tuition of the Master's
 * @param share the learner's share of the degree credited, in percent
 * @param programMonths the learner's length of the MicroMasters, as {@link Months} reads
 * it
 * @param rate units of the totals' currency for one unit of the currency a figure is
 * published in
 * @param degreeMonths the learner's length of the Master's, as {@link Months} reads it
 * @param currency the currency of the totals and of the learner's figures; US dollars by
 * default
 */
public record CalculatorForm(
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{calculator.allowed.pathway}") @Size(max = 200,
				message = "{calculator.allowed.pathway}") String pathway,
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{calculator.allowed.program}") @Size(max = 200,
				message = "{calculator.allowed.program}") String program,
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{calculator.allowed.degree}") @Size(max = 200,
				message = "{calculator.allowed.degree}") String degree,
		@DecimalMin(value = "0", message = "{calculator.allowed.price}") @DecimalMax(value = "10000000",
				message = "{calculator.allowed.price}") @Digits(integer = 8, fraction = 2,
						message = "{calculator.allowed.price}") BigDecimal price,
		@DecimalMin(value = "0", message = "{calculator.allowed.tuition}") @DecimalMax(value = "10000000",
				message = "{calculator.allowed.tuition}") @Digits(integer = 8, fraction = 2,
						message = "{calculator.allowed.tuition}") BigDecimal tuition,
		@DecimalMin(value = "0", message = "{calculator.allowed.share}") @DecimalMax(value = "100",
				message = "{calculator.allowed.share}") @Digits(integer = 3, fraction = 1,
						message = "{calculator.allowed.share}") BigDecimal share,
		@Size(max = 30, message = "{calculator.allowed.programMonths}") String programMonths,
		@DecimalMin(value = "0", inclusive = false, message = "{calculator.allowed.rate}") @DecimalMax(value = "10000",
				message = "{calculator.allowed.rate}") @Digits(integer = 5, fraction = 8,
						message = "{calculator.allowed.rate}") BigDecimal rate,
		@Size(max = 30, message = "{calculator.allowed.degreeMonths}") String degreeMonths,
		@Pattern(regexp = "[A-Z]{3}", message = "{calculator.allowed.currency}") String currency) {

	/** The form of a pathway without the learner's figures. */
	static CalculatorForm of(String pathway) {
		return new CalculatorForm(pathway, null, null, null, null, null, null, null, null, null);
	}

	/** The same form, its totals asked in another currency (null: US dollars). */
	CalculatorForm withCurrency(String currency) {
		return new CalculatorForm(this.pathway, this.program, this.degree, this.price, this.tuition, this.share,
				this.programMonths, this.rate, this.degreeMonths, currency);
	}

	/** Whether the form asks for a MicroMasters and a Master's rather than a pathway. */
	public boolean isPair() {
		return this.pathway == null && (this.program != null || this.degree != null);
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
		return new CalculatorForm(this.pathway, null, null,
				(foreign.converted("price") != null) ? foreign.converted("price") : this.price,
				(foreign.converted("tuition") != null) ? foreign.converted("tuition") : this.tuition, this.share,
				this.programMonths, this.rate, this.degreeMonths, this.currency);
	}

	/**
	 * The form showing the figures in use, so that the learner edits them rather than
	 * starting from empty fields; a figure converted with the learner's rate stays empty,
	 * so that the rate keeps converting it.
	 */
	CalculatorForm filled(RouteInputs inputs, ForeignFigures foreign) {
		return new CalculatorForm(this.pathway, this.program, this.degree,
				(foreign.converted("price") != null) ? null : plain(inputs.price()),
				(foreign.converted("tuition") != null) ? null : plain(inputs.tuition()), plain(inputs.sharePercent()),
				(inputs.programMonths() != null) ? inputs.programMonths().toInput() : null, plain(this.rate),
				(inputs.degreeMonths() != null) ? inputs.degreeMonths().toInput() : null, this.currency);
	}

	/** 1350 rather than 1350.00, and never 1.35E+3. */
	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
