/**
 * Coverage: how many items of the catalog state each figure and how old the figures are,
 * and the programs with the most gaps ({@code /coverage}, linked from every footer). It
 * reads the catalog through the {@code catalog} module's repositories, and a figure's
 * value and date from the {@code source} module's sourced amounts and ranges.
 */
@ApplicationModule(allowedDependencies = { "catalog", "source" })
package org.steppingstone.coverage;

import org.springframework.modulith.ApplicationModule;
