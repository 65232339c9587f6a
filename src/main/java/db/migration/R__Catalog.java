package db.migration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.steppingstone.data.CatalogFile;
import org.steppingstone.data.CatalogLoader;
import org.steppingstone.data.CatalogRows;
import org.steppingstone.data.ForwardOnly;
import org.steppingstone.data.ForwardOnly.Choice;
import org.steppingstone.data.ForwardOnly.Loaded;

/**
 * The catalog, reloaded from its data file whenever the file changes: Flyway runs a
 * repeatable migration again when its checksum differs, and this one's checksum is a hash
 * of the file, its schema and the loader. It runs after the versioned migrations, in one
 * transaction: a file that fails its schema or a constraint changes nothing.
 * <p>
 * The file is {@code classpath:catalog/catalog.json} unless the Flyway placeholder
 * {@code catalog} names another resource ({@code spring.flyway.placeholders.catalog}).
 * <p>
 * The file is parsed, checked and turned into rows on a thread of its own as soon as
 * Flyway resolves the migrations, while the versioned ones run: at start-up on an empty
 * database only the inserts are left for this migration's turn.
 * <p>
 * The catalog only moves forward ({@link ForwardOnly}): a file whose release is older
 * than the one in the database is not loaded (its checksum for Flyway is then the one
 * applied), one with the same release and other content fails start-up.
 */
public class R__Catalog implements JavaMigration {

	private CatalogFile file;

	private CompletableFuture<CatalogRows> rows;

	private int checksum;

	private boolean logged;

	@Override
	public ResolvedMigration getResolvedMigration(Configuration configuration, StatementInterceptor interceptor) {
		// Flyway asks for the checksum here, with its configuration at hand.
		if (this.file == null) {
			ClassLoader classLoader = configuration.getClassLoader();
			this.file = CatalogFile
				.at(configuration.getPlaceholders().getOrDefault("catalog", CatalogFile.DEFAULT_LOCATION), classLoader);
			CatalogFile read = this.file;
			this.rows = CompletableFuture.supplyAsync(() -> CatalogLoader.rows(read.validated()), thread(classLoader));
		}
		// Asked again under Flyway's lock before it decides what to run: the database as
		// it is then.
		int own = this.file.checksum(CatalogLoader.VERSION);
		Loaded database = Loaded.read(configuration, getDescription(), "select version from releases");
		Choice choice = (database.checksum() == null || database.checksum() == own) ? new Choice(own, null)
				: ForwardOnly.choose(this.file.name(), this.file.release(), own, database, this::sameFile);
		if (choice.kept() != null && !this.logged) {
			choice.log();
			this.logged = true;
		}
		this.checksum = choice.checksum();
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
		return (this.file != null) ? this.checksum : null;
	}

	/**
	 * Whether an applied checksum is this file's, loaded by this loader or an earlier one
	 * ({@link CatalogLoader#VERSION}).
	 */
	private boolean sameFile(int applied) {
		for (int version = 1; version <= CatalogLoader.VERSION; version++) {
			if (this.file.checksum(version) == applied) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void migrate(Context context) {
		CatalogRows catalog;
		try {
			catalog = this.rows.join();
		}
		catch (CompletionException ex) {
			// The file's own error (InvalidCatalogException names the file, item and
			// field).
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		new CatalogLoader(context.getConnection()).replaceWith(catalog);
	}

	/** A daemon thread for one task, that loads classes and resources as Flyway does. */
	private static Executor thread(ClassLoader classLoader) {
		return (task) -> {
			Thread thread = new Thread(task, "catalog-reader");
			thread.setDaemon(true);
			thread.setContextClassLoader(classLoader);
			thread.start();
		};
	}

}
