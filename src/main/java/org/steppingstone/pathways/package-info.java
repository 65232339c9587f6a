/**
 * The pathways from a MicroMasters credential to a Master's degree: {@code /pathways},
 * each pathway's page with its route estimate, and the {@code /calculator} page.
 */
@ApplicationModule(allowedDependencies = { "catalog", "source", "system" })
package org.steppingstone.pathways;

import org.springframework.modulith.ApplicationModule;
