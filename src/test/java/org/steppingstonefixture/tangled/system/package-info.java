/**
 * The fixture's system, declared as the real one is (allowed: none).
 */
@ApplicationModule(allowedDependencies = {})
package org.steppingstonefixture.tangled.system;

import org.springframework.modulith.ApplicationModule;
