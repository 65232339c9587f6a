package org.steppingstone.discovery;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.validation.BindingResult;
import org.steppingstone.Forms;
import org.steppingstone.degrees.DegreeQuery;
import org.steppingstone.pathways.CalculatorForm;
import org.steppingstone.pathways.PathwayQuery;
import org.steppingstone.programs.ProgramQuery;
import org.steppingstone.routes.RouteQuery;
import org.steppingstone.system.QueryForms;
import org.steppingstone.system.SitePage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parameters a page declares for its canonical address are the ones its form binds,
 * for each of the five forms: the list is derived from the form's record, each name on it
 * binds a value, and the names are those the site's addresses have always used.
 */
class CanonicalParametersTests {

	static Stream<Arguments> forms() {
		return Stream.of(
				Arguments.of(ProgramQuery.class,
						List.of("field", "institution", "maxPrice", "currency", "maxMonths", "credit", "country", "q",
								"sort", "includeRetired")),
				Arguments.of(DegreeQuery.class, List.of("country", "field", "delivery", "tuitionStated", "accepts")),
				Arguments.of(PathwayQuery.class,
						List.of("country", "institution", "kind", "minShare", "includeHistorical")),
				Arguments.of(CalculatorForm.class,
						List.of("pathway", "program", "degree", "price", "tuition", "share", "programMonths", "rate",
								"degreeMonths", "currency")),
				Arguments.of(RouteQuery.class,
						List.of("field", "country", "maxCost", "currency", "maxMonths", "minShare", "includeHistorical",
								"sort", "program", "degree", "rate", "rateFrom", "delivery", "region")));
	}

	@ParameterizedTest
	@MethodSource("forms")
	void shouldDeclareEveryParameterAFormBinds(Class<? extends Record> form, List<String> parameters) {
		assertThat(QueryForms.parameters(form)).containsExactlyElementsOf(parameters);
		assertThat(SitePage.of("/page").withParameters(form).canonicalParameters())
			.containsExactlyInAnyOrderElementsOf(parameters);
	}

	@ParameterizedTest
	@MethodSource("forms")
	void shouldBindEachDeclaredParameter(Class<? extends Record> form, List<String> parameters) throws Exception {
		for (RecordComponent component : form.getRecordComponents()) {
			String value = (component.getType() == Boolean.class) ? "true"
					: Number.class.isAssignableFrom(component.getType()) ? "1" : "x";
			BindingResult binding = Forms.binding(form, component.getName(), " " + value + " ");
			assertThat(binding.getAllErrors()).isEmpty();
			Object bound = component.getAccessor().invoke(binding.getTarget());
			assertThat(bound).as(component.getName())
				.isEqualTo((component.getType() == BigDecimal.class) ? new BigDecimal(value)
						: (component.getType() == Integer.class) ? Integer.valueOf(value)
								: (component.getType() == Boolean.class) ? Boolean.TRUE : value);
		}
	}

	@ParameterizedTest
	@MethodSource("forms")
	void shouldBindABlankParameterAsNone(Class<? extends Record> form, List<String> parameters) throws Exception {
		for (RecordComponent component : form.getRecordComponents()) {
			BindingResult binding = Forms.binding(form, component.getName(), "  ");
			assertThat(binding.getAllErrors()).isEmpty();
			assertThat(component.getAccessor().invoke(binding.getTarget())).as(component.getName()).isNull();
		}
	}

}
