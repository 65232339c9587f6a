package org.steppingstone.pathways;

import java.util.function.Predicate;

import org.springframework.validation.Errors;
import org.steppingstone.catalog.Months;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.system.FormValidator;

/**
 * The checks of the calculator's form that need more than its components' own rules. For
 * a MicroMasters with a Master's: both given, and both in the catalog. For a pathway's
 * route: lengths that {@link Months} can read (a range written longer first is called
 * reversed) and a currency our reference rates can total in. A value its own rule already
 * refused is not checked again.
 *
 * @param reference the reference rates
 * @param programs whether the catalog has a MicroMasters of that id
 * @param degrees whether the catalog has a Master's of that id
 */
record CalculatorFormValidator(ReferenceRates reference, Predicate<String> programs,
		Predicate<String> degrees) implements FormValidator<CalculatorForm> {

	@Override
	public void check(CalculatorForm form, Errors errors) {
		if (form.isPair()) {
			known(errors, "program", form.program(), this.programs);
			known(errors, "degree", form.degree(), this.degrees);
			return;
		}
		months(errors, "programMonths", form.programMonths());
		months(errors, "degreeMonths", form.degreeMonths());
		String refusal = this.reference.refusal(form.currency());
		if (refusal != null && !errors.hasFieldErrors("currency")) {
			errors.rejectValue("currency", refusal);
		}
	}

	private static void known(Errors errors, String field, String id, Predicate<String> exists) {
		if (!errors.hasFieldErrors(field) && (id == null || !exists.test(id))) {
			errors.rejectValue(field, (id == null) ? "calculator.missing" : "calculator.unknown");
		}
	}

	private static void months(Errors errors, String field, String value) {
		if (value != null && !errors.hasFieldErrors(field) && Months.parse(value) == null) {
			errors.rejectValue(field, Months.isReversed(value) ? "calculator.reversed" : "calculator.months");
		}
	}

}
