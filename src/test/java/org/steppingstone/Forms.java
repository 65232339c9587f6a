package org.steppingstone;

import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.steppingstone.system.QueryForms;

/**
 * A form bound as Spring MVC binds it from a query string: through the record's canonical
 * constructor, with the site's blank rule.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * The form a query string gives.
	 * @param parameters names and values, in pairs
	 */
	public static <R extends Record> R bind(Class<R> form, String... parameters) {
		return form.cast(binder(form, parameters).getTarget());
	}

	/**
	 * The binding of a query string: the form and its type mismatches.
	 * @param parameters names and values, in pairs
	 */
	public static BindingResult binding(Class<? extends Record> form, String... parameters) {
		return binder(form, parameters).getBindingResult();
	}

	private static ServletRequestDataBinder binder(Class<? extends Record> form, String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(form));
		QueryForms.trimBlanks(binder);
		binder.construct(request);
		return binder;
	}

}
