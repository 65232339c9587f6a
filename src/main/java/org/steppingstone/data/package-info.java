/**
 * The curated catalog as data files: {@code src/main/resources/catalog/catalog.json},
 * checked against {@code catalog.schema.json} by the build
 * ({@link org.steppingstone.data.CatalogCheck}, which records what passed) and loaded
 * into the database by the repeatable Flyway migration {@code db.migration.R__Catalog},
 * which checks again any file the build did not. Editing a value is editing that one
 * file; the next release re-inserts the catalog when the file changes.
 */
@ApplicationModule(allowedDependencies = {})
package org.steppingstone.data;

import org.springframework.modulith.ApplicationModule;
