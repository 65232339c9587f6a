package org.steppingstone.discovery;

import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.steppingstone.pathways.CalculatorForm;
import org.steppingstone.pathways.PathwayQuery;
import org.steppingstone.programs.ProgramQuery;
import org.steppingstone.routes.RouteQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parameters a page declares for its canonical address are the ones its form binds: a
 * filter added to a form without its declaration would be dropped from the address.
 */
class CanonicalParametersTests {

	@Test
	void shouldDeclareEveryParameterAFormBinds() {
		assertThat(ProgramQuery.PARAMETERS).isEqualTo(bound(ProgramQuery.class));
		assertThat(PathwayQuery.PARAMETERS).isEqualTo(bound(PathwayQuery.class));
		assertThat(CalculatorForm.PARAMETERS).isEqualTo(bound(CalculatorForm.class));
		assertThat(RouteQuery.PARAMETERS).isEqualTo(bound(RouteQuery.class));
	}

	private static Set<String> bound(Class<?> form) {
		return Arrays.stream(BeanUtils.getPropertyDescriptors(form))
			.filter((p) -> p.getWriteMethod() != null)
			.map(PropertyDescriptor::getName)
			.collect(Collectors.toSet());
	}

}
