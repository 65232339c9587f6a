/**
 * Coverage: how many items of the catalog state each figure and how old the figures are,
 * and the programs with the most gaps ({@code /coverage}, linked from every footer).
 */
@ApplicationModule(allowedDependencies = {})
package org.steppingstone.coverage;

import org.springframework.modulith.ApplicationModule;
