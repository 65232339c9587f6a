/**
 * Side-by-side comparison of two to four credentials, MicroMasters programs and Master's
 * degrees mixed.
 */
@ApplicationModule(allowedDependencies = { "catalog", "guide", "source", "system" })
package org.steppingstone.compare;

import org.springframework.modulith.ApplicationModule;
