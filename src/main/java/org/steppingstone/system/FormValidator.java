package org.steppingstone.system;

import org.springframework.core.ResolvableType;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Spring's {@link Validator} for one form record, typed: the checks of a form that need
 * the catalog or the reference rates are its {@link #check}, and it supports the form
 * type it is declared for and no other.
 *
 * @param <F> the form record
 */
public interface FormValidator<F> extends Validator {

	/**
	 * Rejects each value of the form that fails a check, on its field; a value its own
	 * rule already refused is not checked again.
	 */
	void check(F form, Errors errors);

	@Override
	default boolean supports(Class<?> type) {
		return type.equals(ResolvableType.forClass(getClass()).as(FormValidator.class).resolveGeneric(0));
	}

	@Override
	@SuppressWarnings("unchecked")
	default void validate(Object target, Errors errors) {
		check((F) target, errors);
	}

}
