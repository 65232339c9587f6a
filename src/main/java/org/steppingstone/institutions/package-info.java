/**
 * The universities that offer or count a MicroMasters program: {@code /institutions} and
 * each university's page.
 */
@ApplicationModule(allowedDependencies = { "catalog", "system" })
package org.steppingstone.institutions;

import org.springframework.modulith.ApplicationModule;
