package org.steppingstone.data;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.steppingstone.data.ForwardOnly.Choice;
import org.steppingstone.data.ForwardOnly.Loaded;

/**
 * A repeatable migration that loads one data file ({@code db.migration.R__Catalog},
 * {@code R__Rates}): Flyway runs it again when its checksum differs, and the checksum is
 * a hash of the file, its schema and the loader. It runs in one transaction, so a file
 * that fails its checks or a constraint changes nothing. The file only moves forward
 * ({@link ForwardOnly}): one whose release is older than the one in the database is not
 * loaded (its checksum for Flyway is then the one applied, and one line is logged), one
 * with the same release and other content fails start-up.
 *
 * @param <F> the kind of data file
 */
public abstract class DataFileMigration<F extends DataFile> implements JavaMigration {

	private F file;

	private int checksum;

	private boolean logged;

	/** The file this migration loads, named by the configuration's placeholders. */
	protected abstract F read(Configuration configuration);

	/**
	 * The version of the loader, part of the checksum: it changes with the rows written.
	 */
	protected abstract int loaderVersion();

	/**
	 * The query for the release of the data in the database, as the file gives its own.
	 */
	protected abstract String releaseQuery();

	/**
	 * What a curator does when the file holds the database's release with other content.
	 */
	protected abstract String remedy();

	/** The file, once Flyway has resolved this migration. */
	protected final F file() {
		return this.file;
	}

	@Override
	public ResolvedMigration getResolvedMigration(Configuration configuration, StatementInterceptor interceptor) {
		// Flyway asks for the checksum here, with its configuration at hand.
		if (this.file == null) {
			this.file = read(configuration);
		}
		// Asked again under Flyway's lock before it decides what to run: the database as
		// it is then.
		int own = this.file.checksum(loaderVersion());
		Loaded database = Loaded.read(configuration, getDescription(), releaseQuery());
		Choice choice = (database.checksum() == null || database.checksum() == own) ? new Choice(own, null)
				: ForwardOnly.choose(this.file.name(), this.file.release(), own, database, this::sameFile, remedy());
		if (choice.kept() != null && !this.logged) {
			choice.log();
			this.logged = true;
		}
		this.checksum = choice.checksum();
		return JavaMigration.super.getResolvedMigration(configuration, interceptor);
	}

	/**
	 * Whether an applied checksum is this file's, loaded by this loader or an earlier
	 * one.
	 */
	private boolean sameFile(int applied) {
		for (int version = 1; version <= loaderVersion(); version++) {
			if (this.file.checksum(version) == applied) {
				return true;
			}
		}
		return false;
	}

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public Integer getChecksum() {
		return (this.file != null) ? this.checksum : null;
	}

}
