package org.steppingstone.data;

import java.util.List;
import java.util.function.IntPredicate;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A data file loaded by a repeatable migration only ever moves the database forward. Two
 * releases run side by side during a rollout, each with its own copy of the file: Flyway
 * alone would reload whichever file a replica starts with whenever its checksum differs
 * from the one applied last, so an older replica's restart would put its older data back
 * for every replica. Instead the migration reports to Flyway the checksum this class
 * chooses, by comparing the file's release with the release already in the database:
 * <ul>
 * <li>no data loaded yet, the same checksum, or a newer release: the file's own checksum
 * (Flyway loads it if it differs, as before);</li>
 * <li>an older release: the checksum already applied, so that Flyway finds the migration
 * up to date, loads nothing, records nothing, and validates; one line is logged and the
 * database's newer data is served;</li>
 * <li>the same release with other content (a curator forgot to add a release): start-up
 * fails, naming both checksums.</li>
 * </ul>
 * Flyway asks for the checksum under its lock, when it decides what to run, so the
 * database's state it is compared with is the one the migration would change. Any data
 * file with a release and a repeatable migration of its own can use it.
 */
public final class ForwardOnly {

	private static final Log logger = LogFactory.getLog(ForwardOnly.class);

	private ForwardOnly() {
	}

	/**
	 * What a curator does to a catalog that holds the database's release with other
	 * content.
	 */
	public static final String NEW_RELEASE = "add a new release at the top of its releases";

	/**
	 * The checksum for Flyway, and whether the file is left unloaded.
	 * @param file the file's name, for messages
	 * @param release the file's release (such as {@code 1.4}), or null when it has none
	 * @param checksum the file's checksum, as the migration computes it
	 * @param database what the database holds
	 * @param sameContent whether an applied checksum is the one of this very file (for
	 * example computed by an earlier version of the loader)
	 * @throws IllegalStateException when the database holds the same release with other
	 * content
	 */
	public static Choice choose(String file, String release, int checksum, Loaded database, IntPredicate sameContent) {
		return choose(file, release, checksum, database, sameContent, NEW_RELEASE);
	}

	/**
	 * As {@link #choose(String, String, int, Loaded, IntPredicate)}, for a file whose
	 * release is not a list of releases.
	 * @param remedy what the curator does when the file holds the database's release with
	 * other content, for the message
	 */
	public static Choice choose(String file, String release, int checksum, Loaded database, IntPredicate sameContent,
			String remedy) {
		if (database.checksum() == null || database.checksum() == checksum || database.release() == null
				|| release == null) {
			return new Choice(checksum, null);
		}
		int order = MigrationVersion.fromVersion(release).compareTo(MigrationVersion.fromVersion(database.release()));
		if (order > 0) {
			return new Choice(checksum, null);
		}
		if (order < 0) {
			return new Choice(database.checksum(), file + " holds release " + release + ", older than release "
					+ database.release() + " in the database: not loaded; the database's newer data is served");
		}
		if (sameContent.test(database.checksum())) {
			return new Choice(checksum, null);
		}
		throw new IllegalStateException(file + " holds release " + release
				+ ", the release already in the database, but other content (checksum " + checksum + " in the file, "
				+ database.checksum() + " applied): " + remedy);
	}

	/**
	 * What to tell Flyway.
	 *
	 * @param checksum the migration's checksum
	 * @param kept why the file is not loaded (a line for the log), or null when Flyway
	 * may load it
	 */
	public record Choice(int checksum, String kept) {

		/** Logs why the file is not loaded, if it is not. */
		public void log() {
			if (this.kept != null) {
				logger.info(this.kept);
			}
		}

	}

	/**
	 * What the database holds of a data file: the checksum Flyway recorded when its
	 * repeatable migration last ran, and the newest release of its data.
	 *
	 * @param checksum the checksum, or null when the migration never ran
	 * @param release the newest release, or null when there is none
	 */
	public record Loaded(Integer checksum, String release) {

		static final Loaded NOTHING = new Loaded(null, null);

		/**
		 * Read through Flyway's data source; nothing (nulls) before the history table or
		 * the release table exists.
		 * @param configuration Flyway's configuration (its data source and history table)
		 * @param description the repeatable migration's description
		 * @param releases a query for the data's release numbers, in any order
		 */
		public static Loaded read(Configuration configuration, String description, String releases) {
			JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
			Integer checksum = first(jdbc,
					"select \"checksum\" from " + historyTable(configuration)
							+ " where \"version\" is null and \"description\" = ? and \"success\" = true"
							+ " order by \"installed_rank\" desc",
					description);
			if (checksum == null) {
				return NOTHING;
			}
			List<String> versions;
			try {
				versions = jdbc.queryForList(releases, String.class);
			}
			catch (DataAccessException ex) {
				versions = List.of();
			}
			return new Loaded(checksum,
					versions.stream()
						.map(MigrationVersion::fromVersion)
						.max(MigrationVersion::compareTo)
						.map(MigrationVersion::getVersion)
						.orElse(null));
		}

		private static Integer first(JdbcTemplate jdbc, String sql, Object argument) {
			try {
				List<Integer> rows = jdbc.queryForList(sql, Integer.class, argument);
				return rows.isEmpty() ? null : rows.get(0);
			}
			catch (DataAccessException ex) {
				// No history table yet: a new database.
				return null;
			}
		}

		/** Flyway's history table, quoted as Flyway creates it. */
		private static String historyTable(Configuration configuration) {
			String table = quoted(configuration.getTable());
			String schema = (configuration.getDefaultSchema() != null) ? configuration.getDefaultSchema()
					: (configuration.getSchemas().length > 0) ? configuration.getSchemas()[0] : null;
			return (schema != null) ? quoted(schema) + "." + table : table;
		}

		private static String quoted(String identifier) {
			return '"' + identifier.replace("\"", "\"\"") + '"';
		}

	}

}
