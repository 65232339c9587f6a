package org.steppingstone.system;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * How every query and form of the site binds: a record, built by Spring through its
 * canonical constructor from the query string, whose component names are its parameters.
 * One blank rule for all of them: a text value is stripped of the spaces around it, and
 * one left empty is no value at all (null), as if the parameter were not given.
 */
@ControllerAdvice
public class QueryForms {

	/** Registers the blank rule for a record bound from the request. */
	@InitBinder
	void bindRecords(WebDataBinder binder) {
		ResolvableType type = binder.getTargetType();
		Class<?> form = (type != null) ? type.resolve() : null;
		if (form != null && form.isRecord()) {
			trimBlanks(binder);
		}
	}

	/** The blank rule: a value is trimmed, and an empty one is null. */
	public static void trimBlanks(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new BlankAsNone());
	}

	/**
	 * The query parameters a form binds, in its order: the names of its record's
	 * components.
	 */
	public static Set<String> parameters(Class<? extends Record> form) {
		Set<String> names = new LinkedHashSet<>();
		Arrays.stream(form.getRecordComponents()).forEach((component) -> names.add(component.getName()));
		return names;
	}

	/**
	 * Completes a record form after a value of the wrong type as bean binding completed a
	 * JavaBean: the form built from the other values is in the model, and its rules are
	 * checked.
	 */
	@Bean
	static BeanPostProcessor recordFormsCompleted() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					List<HandlerMethodArgumentResolver> resolvers = adapter.getArgumentResolvers()
						.stream()
						.map((resolver) -> (resolver instanceof ServletModelAttributeMethodProcessor)
								? new CompletedRecord(resolver) : resolver)
						.toList();
					adapter.setArgumentResolvers(resolvers);
				}
				return bean;
			}

		};
	}

	/**
	 * A text value trimmed, an empty one null; a form's missing value is shown as none
	 * rather than as empty text, so that no empty choice of a menu reads as chosen.
	 */
	static final class BlankAsNone extends StringTrimmerEditor {

		BlankAsNone() {
			super(true);
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? super.getAsText() : null;
		}

	}

	/**
	 * After a value of the wrong type, Spring builds the record from the other values but
	 * leaves it out of the model, with a binding result that has no target and without
	 * checking the record's rules; this puts both back, as bean binding had them.
	 *
	 * @param delegate Spring's model attribute resolver
	 */
	private record CompletedRecord(HandlerMethodArgumentResolver delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return this.delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
			Object form = this.delegate.resolveArgument(parameter, container, request, binderFactory);
			if (!(form instanceof Record) || container == null || binderFactory == null
					|| !parameter.hasParameterAnnotation(Valid.class)) {
				return form;
			}
			String name = ModelFactory.getNameForParameter(parameter);
			ModelMap model = container.getModel();
			if (!(model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult failed)
					|| failed.getTarget() != null) {
				return form;
			}
			WebDataBinder binder = binderFactory.createBinder(request, form, name);
			BindingResult result = binder.getBindingResult();
			// Bean binding met the parameters by name, in alphabetical order.
			failed.getFieldErrors()
				.stream()
				.sorted(Comparator.comparing(FieldError::getField))
				.forEach(result::addError);
			for (Validator validator : binder.getValidators()) {
				validator.validate(form, result);
			}
			container.removeAttributes(result.getModel());
			container.addAllAttributes(result.getModel());
			return form;
		}

	}

}
