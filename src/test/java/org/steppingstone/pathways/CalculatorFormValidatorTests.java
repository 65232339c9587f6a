package org.steppingstone.pathways;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.steppingstone.catalog.ReferenceRates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator form's checks that need the catalog and the reference rates, on their
 * own: which field each refuses, with which message code.
 */
class CalculatorFormValidatorTests {

	private static final String SCM = "mitx-supply-chain-management";

	private static final String SCM_DEGREE = "mit-masters-supply-chain-management";

	private static final String PATHWAY = SCM + "-to-" + SCM_DEGREE;

	private final CalculatorFormValidator validator = new CalculatorFormValidator(
			new ReferenceRates(
					Map.of(ReferenceRates.USD, BigDecimal.ONE, Currency.getInstance("EUR"), new BigDecimal("0.86")),
					"2026-06", "Federal Reserve", "https://example.org/rates"),
			Set.of(SCM)::contains, Set.of(SCM_DEGREE)::contains);

	@Test
	void shouldSupportTheCalculatorsFormAlone() {
		assertThat(this.validator.supports(CalculatorForm.class)).isTrue();
		assertThat(this.validator.supports(PathwayQuery.class)).isFalse();
		assertThat(this.validator.supports(Object.class)).isFalse();
	}

	@Test
	void shouldAcceptAPairTheCatalogHas() {
		assertThat(refused(form(null, SCM, SCM_DEGREE, null, null, null))).isEmpty();
	}

	@Test
	void shouldRefuseAMissingOrUnknownHalfOfAPair() {
		assertThat(refused(form(null, SCM, null, null, null, null))).containsExactly("degree calculator.missing");
		assertThat(refused(form(null, "no-such-program", SCM_DEGREE, null, null, null)))
			.containsExactly("program calculator.unknown");
		assertThat(refused(form(null, null, "no-such-degree", null, null, null)))
			.containsExactly("program calculator.missing", "degree calculator.unknown");
	}

	@Test
	void shouldNotCheckAPairAsARoute() {
		// A pair's totals are in US dollars: its lengths and currency are not read.
		assertThat(refused(form(null, SCM, SCM_DEGREE, "soon", "XAU", null))).isEmpty();
	}

	@Test
	void shouldRefuseLengthsItCannotReadAndCallAReversedRangeSo() {
		assertThat(refused(form(PATHWAY, null, null, "12", null, "18-24"))).isEmpty();
		assertThat(refused(form(PATHWAY, null, null, "soon", null, "24-12")))
			.containsExactly("programMonths calculator.months", "degreeMonths calculator.reversed");
	}

	@Test
	void shouldRefuseACurrencyWithoutAReferenceRate() {
		assertThat(refused(form(PATHWAY, null, null, null, "EUR", null))).isEmpty();
		assertThat(refused(form(PATHWAY, null, null, null, "XAU", null))).containsExactly("currency calculator.noRate");
		assertThat(refused(form(PATHWAY, null, null, null, "ZZZ", null)))
			.containsExactly("currency calculator.unknownCurrency");
		assertThat(refused(form(PATHWAY, null, null, null, "eur", null)))
			.containsExactly("currency calculator.allowed.currency");
	}

	@Test
	void shouldNotRefuseAFieldTwice() {
		CalculatorForm form = form(PATHWAY, null, null, "soon", "eur", null);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		errors.rejectValue("programMonths", "calculator.allowed.programMonths");
		errors.rejectValue("currency", "calculator.allowed.currency");
		this.validator.validate(form, errors);
		assertThat(errors.getFieldErrors()).extracting(FieldError::getCode)
			.containsExactly("calculator.allowed.programMonths", "calculator.allowed.currency");
	}

	private List<String> refused(CalculatorForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, errors);
		return errors.getFieldErrors().stream().map((e) -> e.getField() + " " + e.getCode()).toList();
	}

	private static CalculatorForm form(String pathway, String program, String degree, String programMonths,
			String currency, String degreeMonths) {
		return new CalculatorForm(pathway, program, degree, null, null, null, programMonths, null, degreeMonths,
				currency);
	}

}
