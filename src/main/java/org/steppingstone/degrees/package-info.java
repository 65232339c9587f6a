/**
 * The Master's degrees that count a MicroMasters credential: {@code /degrees} and each
 * degree's page.
 */
@ApplicationModule(allowedDependencies = { "catalog", "discovery", "source", "system" })
package org.steppingstone.degrees;

import org.springframework.modulith.ApplicationModule;
