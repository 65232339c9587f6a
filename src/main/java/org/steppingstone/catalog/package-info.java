/**
 * The catalog's model: institutions, MicroMasters programs and their courses, the
 * receiving Master's degrees and the credit pathways between them, with their
 * repositories. It knows no page; the page families above it read it.
 */
@ApplicationModule(allowedDependencies = { "source", "system" })
package org.steppingstone.catalog;

import org.springframework.modulith.ApplicationModule;
