/**
 * The public pages behind every figure, and the values they disagree on.
 */
@ApplicationModule(allowedDependencies = { "system" })
package org.steppingstone.source;

import org.springframework.modulith.ApplicationModule;
