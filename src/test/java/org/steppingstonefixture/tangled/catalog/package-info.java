/**
 * The fixture's catalog, declared as the real one is (allowed: system).
 */
@ApplicationModule(allowedDependencies = { "system" })
package org.steppingstonefixture.tangled.catalog;

import org.springframework.modulith.ApplicationModule;
