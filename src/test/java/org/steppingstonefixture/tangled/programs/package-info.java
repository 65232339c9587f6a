/**
 * The fixture's programs, declared as the real one is (allowed: catalog, system).
 */
@ApplicationModule(allowedDependencies = { "catalog", "system" })
package org.steppingstonefixture.tangled.programs;

import org.springframework.modulith.ApplicationModule;
