/**
 * Release notes: what each data release of the catalog changed, on {@code /changes} and
 * in the Atom feed {@code /changes.atom}; every page's footer names the release it was
 * built from.
 * <p>
 * Its own tables, {@code releases} and {@code release_changes} (written by the data
 * loader from the catalog file), it reads by SQL; the items a change names it reads
 * through the {@code catalog} module's repositories, and the sources and the reference
 * rates through the {@code source} module.
 */
@ApplicationModule(allowedDependencies = { "catalog", "source", "system" })
package org.steppingstone.changes;

import org.springframework.modulith.ApplicationModule;
