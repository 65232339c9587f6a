package org.steppingstone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The module map, in code: each direct sub-package is a module whose
 * {@code package-info.java} declares the modules it may use
 * ({@code @ApplicationModule(allowedDependencies = …)}); Spring Modulith verifies that
 * the code keeps to that map, has no cycle and uses only other modules' public top-level
 * types, and draws the map into {@code docs/modules/} (README links it). The check is
 * also run on a test-only arrangement that breaks it, to show it fails when it should.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(SteppingStoneApplication.class);

	/** A test-only arrangement that breaks the map: declared as the real one is. */
	private static final String TANGLED = "org.steppingstonefixture.tangled";

	@Test
	void shouldKeepToTheDeclaredModuleMap() {
		MODULES.verify();
	}

	@Test
	void shouldDeclareWhatEveryModuleMayUse() {
		List<String> undeclared = MODULES.stream()
			.map((module) -> module.getBasePackage().getName())
			.filter((name) -> declaration(name) == null)
			.toList();
		assertThat(undeclared).as("modules without @ApplicationModule in their package-info.java").isEmpty();
		assertThat(MODULES.stream().map((module) -> module.getIdentifier().toString())).contains("catalog", "system",
				"programs", "degrees", "pathways", "institutions", "routes", "compare", "guide", "api");
		assertThat(declaration("org.steppingstone.system").allowedDependencies()).as("system names no feature")
			.isEmpty();
	}

	@Test
	void shouldFailOnAModelThatKnowsAPageAFamilyThatReachesIntoAnotherAndASystemThatNamesAFeature() {
		ApplicationModules tangled = ApplicationModules.of(TANGLED, (ImportOption) (location) -> true);
		assertThatException().isThrownBy(tangled::verify)
			.withMessageContaining("Cycle")
			.withMessageContaining("Module 'catalog' depends on module 'programs'")
			.withMessageContaining("Module 'programs' depends on module 'degrees'")
			.withMessageContaining("Module 'system' depends on module 'programs'");
	}

	/**
	 * Draws the map (PlantUML, C4 style) into docs/modules/, which README links: written
	 * by Documenter to target/, then with its components and relations sorted, so that
	 * the committed file changes only when the map does.
	 */
	@Test
	void shouldDrawTheModuleMap() throws Exception {
		Path drawn = Path.of("target", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
			.writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.C4));
		List<String> lines = new ArrayList<>(Files.readAllLines(drawn.resolve("components.puml")));
		sortInPlace(lines, (line) -> line.trim().startsWith("Component("));
		sortInPlace(lines, (line) -> line.startsWith("Rel("));
		Path map = Path.of("docs", "modules", "components.puml");
		Files.createDirectories(map.getParent());
		Files.write(map, lines);
		assertThat(map).content().contains("\"Catalog\"", "\"Programs\"", "\"System\"");
	}

	/** Sorts the lines that match among themselves, leaving the others where they are. */
	private static void sortInPlace(List<String> lines, Predicate<String> matching) {
		List<Integer> places = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (matching.test(lines.get(i))) {
				places.add(i);
			}
		}
		List<String> sorted = places.stream().map(lines::get).sorted().toList();
		for (int i = 0; i < places.size(); i++) {
			lines.set(places.get(i), sorted.get(i));
		}
	}

	private static org.springframework.modulith.ApplicationModule declaration(String packageName) {
		try {
			return Class.forName(packageName + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
