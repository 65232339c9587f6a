package db.migration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.steppingstone.data.CatalogFile;
import org.steppingstone.data.CatalogLoader;
import org.steppingstone.data.CatalogRows;
import org.steppingstone.data.DataFileMigration;
import org.steppingstone.data.ForwardOnly;

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
 * The catalog only moves forward, by the newest release it lists
 * ({@link DataFileMigration}).
 */
public class R__Catalog extends DataFileMigration<CatalogFile> {

	private CompletableFuture<CatalogRows> rows;

	@Override
	protected CatalogFile read(Configuration configuration) {
		ClassLoader classLoader = configuration.getClassLoader();
		CatalogFile file = CatalogFile
			.at(configuration.getPlaceholders().getOrDefault("catalog", CatalogFile.DEFAULT_LOCATION), classLoader);
		this.rows = CompletableFuture.supplyAsync(() -> CatalogLoader.rows(file.validated()), thread(classLoader));
		return file;
	}

	@Override
	protected int loaderVersion() {
		return CatalogLoader.VERSION;
	}

	@Override
	protected String releaseQuery() {
		return "select version from releases";
	}

	@Override
	protected String remedy() {
		return ForwardOnly.NEW_RELEASE;
	}

	@Override
	public String getDescription() {
		return "Catalog";
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
