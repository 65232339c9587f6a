package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.steppingstone.data.RatesFile;

/**
 * The reference exchange rates, reloaded from {@code catalog/rates.json} whenever the
 * file, its schema or the loader change (the checksum is a hash of them), in one
 * transaction: a file that fails its schema or a constraint changes nothing. Beside
 * {@link R__Catalog}, not inside it, so that each data file has its own migration.
 */
public class R__Rates implements JavaMigration {

	private RatesFile file;

	@Override
	public ResolvedMigration getResolvedMigration(Configuration configuration, StatementInterceptor interceptor) {
		if (this.file == null) {
			this.file = RatesFile.at(configuration.getPlaceholders().getOrDefault("rates", RatesFile.DEFAULT_LOCATION),
					configuration.getClassLoader());
		}
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
		return (this.file != null) ? this.file.checksum() : null;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		RatesFile.load(this.file.validated(), context.getConnection());
	}

}
