package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.steppingstone.data.ForwardOnly;
import org.steppingstone.data.ForwardOnly.Choice;
import org.steppingstone.data.ForwardOnly.Loaded;
import org.steppingstone.data.RatesFile;

/**
 * The reference exchange rates, reloaded from {@code catalog/rates.json} whenever the
 * file, its schema or the loader change (the checksum is a hash of them), in one
 * transaction: a file that fails its schema or a constraint changes nothing. Beside
 * {@link R__Catalog}, not inside it, so that each data file has its own migration.
 * <p>
 * Like the catalog, the rates only move forward ({@link ForwardOnly}), by the date the
 * file's rates were retrieved: an older file is not loaded over newer rates in the
 * database.
 */
public class R__Rates implements JavaMigration {

	private RatesFile file;

	private int checksum;

	private boolean logged;

	@Override
	public ResolvedMigration getResolvedMigration(Configuration configuration, StatementInterceptor interceptor) {
		if (this.file == null) {
			this.file = RatesFile.at(configuration.getPlaceholders().getOrDefault("rates", RatesFile.DEFAULT_LOCATION),
					configuration.getClassLoader());
		}
		// Asked again under Flyway's lock before it decides what to run: the database as
		// it is then.
		int own = this.file.checksum();
		Loaded database = Loaded.read(configuration, getDescription(), RatesFile.RELEASE_QUERY);
		Choice choice = (database.checksum() == null || database.checksum() == own) ? new Choice(own, null)
				: ForwardOnly.choose(this.file.name(), this.file.release(), own, database, this::sameFile,
						"change the date its rates were retrieved");
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
		return "Rates";
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
	 * Whether an applied checksum is this file's, loaded by this loader or an earlier
	 * one.
	 */
	private boolean sameFile(int applied) {
		for (int version = 1; version <= RatesFile.LOADER_VERSION; version++) {
			if (this.file.checksum(version) == applied) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		RatesFile.load(this.file.validated(), context.getConnection());
	}

}
