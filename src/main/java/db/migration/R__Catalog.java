package db.migration;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.steppingstone.data.CatalogFile;
import org.steppingstone.data.CatalogLoader;

/**
 * The catalog, reloaded from its data file whenever the file changes: Flyway runs a
 * repeatable migration again when its checksum differs, and this one's checksum is a hash
 * of the file, its schema and the loader. It runs after the versioned migrations, in one
 * transaction: a file that fails its schema or a constraint changes nothing.
 * <p>
 * The file is {@code classpath:catalog/catalog.json} unless the Flyway placeholder
 * {@code catalog} names another resource ({@code spring.flyway.placeholders.catalog}).
 */
public class R__Catalog implements JavaMigration {

	private CatalogFile file;

	@Override
	public ResolvedMigration getResolvedMigration(Configuration configuration, StatementInterceptor interceptor) {
		// Flyway asks for the checksum here, with its configuration at hand.
		this.file = CatalogFile.at(
				configuration.getPlaceholders().getOrDefault("catalog", CatalogFile.DEFAULT_LOCATION),
				configuration.getClassLoader());
		return JavaMigration.super.getResolvedMigration(configuration, interceptor);
	}

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return "Catalog";
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public Integer getChecksum() {
		return (this.file != null) ? this.file.checksum(CatalogLoader.VERSION) : null;
	}

	@Override
	public void migrate(Context context) {
		new CatalogLoader(context.getConnection()).replaceWith(this.file.validated());
	}

}
