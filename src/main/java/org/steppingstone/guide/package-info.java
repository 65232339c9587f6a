/**
 * The source document: the short answer, key characteristics, reasons and the
 * MicroMasters-versus-Master's table.
 */
@ApplicationModule(allowedDependencies = { "catalog", "system" })
package org.steppingstone.guide;

import org.springframework.modulith.ApplicationModule;
