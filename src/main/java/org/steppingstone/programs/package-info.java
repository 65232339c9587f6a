/**
 * The MicroMasters programs a learner browses: {@code /programs}, each program's page and
 * the list as CSV, read through one service that the JSON API calls too.
 */
@ApplicationModule(allowedDependencies = { "catalog", "discovery", "source", "system" })
package org.steppingstone.programs;

import org.springframework.modulith.ApplicationModule;
