package org.steppingstone;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each direct sub-package is a module; modules form no cycle and use only each other's
 * public top-level types. The catalog's model knows no page, and each page family reads
 * the model without reaching into another family: README's module map.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(SteppingStoneApplication.class);

	private static final List<String> PAGE_FAMILIES = List.of("programs", "degrees", "pathways", "institutions");

	@Test
	void shouldKeepFeaturePackagesAcyclic() {
		MODULES.verify();
	}

	@Test
	void shouldKeepTheModelBelowThePagesAndEachPageFamilyApart() {
		Map<String, Set<String>> uses = uses();
		assertThat(uses.get("catalog")).as("the model's dependencies").isSubsetOf("source", "system");
		for (String family : PAGE_FAMILIES) {
			assertThat(uses.get(family)).as("what %s uses", family)
				.contains("catalog")
				.doesNotContainAnyElementsOf(PAGE_FAMILIES);
		}
		assertThat(uses.get("system")).as("system uses no feature").isEmpty();
	}

	private static Map<String, Set<String>> uses() {
		return MODULES.stream()
			.collect(Collectors.toMap(ModularityTests::name,
					(module) -> module.getDirectDependencies(MODULES)
						.uniqueModules()
						.map(ModularityTests::name)
						.collect(Collectors.toCollection(TreeSet::new)),
					(a, b) -> a, TreeMap::new));
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

}
