/**
 * The fixture's degrees, declared as the real one is (allowed: catalog, system).
 */
@ApplicationModule(allowedDependencies = { "catalog", "system" })
package org.steppingstonefixture.tangled.degrees;

import org.springframework.modulith.ApplicationModule;
