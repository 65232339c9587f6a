package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.steppingstone.data.DataFileMigration;
import org.steppingstone.data.RatesFile;

/**
 * The reference exchange rates, reloaded from {@code catalog/rates.json} whenever the
 * file, its schema or the loader change (the checksum is a hash of them), in one
 * transaction: a file that fails its schema or a constraint changes nothing. Beside
 * {@link R__Catalog}, not inside it, so that each data file has its own migration.
 * <p>
 * Like the catalog, the rates only move forward ({@link DataFileMigration}), by the date
 * the file's rates were retrieved: an older file is not loaded over newer rates in the
 * database.
 */
public class R__Rates extends DataFileMigration<RatesFile> {

	@Override
	protected RatesFile read(Configuration configuration) {
		return RatesFile.at(configuration.getPlaceholders().getOrDefault("rates", RatesFile.DEFAULT_LOCATION),
				configuration.getClassLoader());
	}

	@Override
	protected int loaderVersion() {
		return RatesFile.LOADER_VERSION;
	}

	@Override
	protected String releaseQuery() {
		return RatesFile.RELEASE_QUERY;
	}

	@Override
	protected String remedy() {
		return "change the date its rates were retrieved";
	}

	@Override
	public String getDescription() {
		return "Rates";
	}

	@Override
	public void migrate(Context context) throws SQLException {
		RatesFile.load(file().validated(), context.getConnection());
	}

}
