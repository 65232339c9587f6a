package org.steppingstone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Each direct sub-package is a module; modules form no cycle and use only each other's
 * public top-level types. The catalog's model knows no page, and each page family reads
 * the model without reaching into another family: README's module map. Both checks are
 * also run on a test-only arrangement that breaks them, to show they fail when they
 * should.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(SteppingStoneApplication.class);

	/** A test-only arrangement that breaks every rule below. */
	private static final String TANGLED = "org.steppingstonefixture.tangled";

	private static final List<String> PAGE_FAMILIES = List.of("programs", "degrees", "pathways", "institutions");

	@Test
	void shouldKeepFeaturePackagesAcyclic() {
		MODULES.verify();
	}

	@Test
	void shouldKeepTheModelBelowThePagesAndEachPageFamilyApart() {
		assertThat(pageFamilyViolations(MODULES)).isEmpty();
		assertThat(uses(MODULES).keySet()).containsAll(PAGE_FAMILIES).contains("catalog", "system");
	}

	@Test
	void shouldFailOnAModelThatKnowsAPageAFamilyThatReachesIntoAnotherAndASystemThatNamesAFeature() {
		ApplicationModules tangled = ApplicationModules.of(TANGLED, (ImportOption) (location) -> true);
		assertThat(pageFamilyViolations(tangled)).containsExactly("catalog uses programs", "programs uses degrees",
				"system uses programs");
		assertThatException().isThrownBy(tangled::verify).withMessageContaining("Cycle");
	}

	/** What breaks README's module map, one line per offending dependency. */
	private static List<String> pageFamilyViolations(ApplicationModules modules) {
		List<String> violations = new ArrayList<>();
		uses(modules).forEach((module, used) -> used.stream().filter((other) -> switch (module) {
			case "catalog" -> !Set.of("source", "system").contains(other);
			case "system" -> true;
			default -> PAGE_FAMILIES.contains(module) && PAGE_FAMILIES.contains(other);
		}).forEach((other) -> violations.add(module + " uses " + other)));
		uses(modules).entrySet()
			.stream()
			.filter((entry) -> PAGE_FAMILIES.contains(entry.getKey()) && !entry.getValue().contains("catalog"))
			.forEach((entry) -> violations.add(entry.getKey() + " does not read the catalog"));
		return violations;
	}

	private static Map<String, Set<String>> uses(ApplicationModules modules) {
		return modules.stream()
			.collect(Collectors.toMap(ModularityTests::name,
					(module) -> module.getDirectDependencies(modules)
						.uniqueModules()
						.map(ModularityTests::name)
						.collect(Collectors.toCollection(TreeSet::new)),
					(a, b) -> a, TreeMap::new));
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

}
