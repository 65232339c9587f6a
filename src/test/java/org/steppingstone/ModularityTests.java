package org.steppingstone;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package is a module; modules form no cycle and use only each other's
 * public top-level types.
 */
class ModularityTests {

	@Test
	void shouldKeepFeaturePackagesAcyclic() {
		ApplicationModules.of(SteppingStoneApplication.class).verify();
	}

}
