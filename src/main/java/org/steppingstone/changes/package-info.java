/**
 * Release notes: what each data release of the catalog changed, on {@code /changes} and
 * in the Atom feed {@code /changes.atom}; every page's footer names the release it was
 * built from.
 */
@ApplicationModule(allowedDependencies = { "system" })
package org.steppingstone.changes;

import org.springframework.modulith.ApplicationModule;
