package org.steppingstone.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What every page is made of: the migrations applied to the database (the catalog changes
 * only through them) and the build that renders it. Its hash is the entity tag of every
 * page and its date their Last-Modified, so a browser or a CDN revalidates cheaply and
 * learns of a change as soon as a release with a new migration or new templates starts.
 * Replicas of one release against one database agree on both.
 */
@Component
public class DataVersion {

	private final SingletonSupplier<Version> version;

	DataVersion(ObjectProvider<Flyway> flyway, ObjectProvider<BuildProperties> build) {
		// Computed on first use: by then Flyway has migrated (the first request comes
		// after start-up).
		this.version = SingletonSupplier.of(() -> compute(flyway.getIfAvailable(), build.getIfAvailable()));
	}

	/**
	 * The weak entity tag shared by every page of this release and data, quotes included.
	 */
	public String entityTag() {
		return this.version.obtain().entityTag();
	}

	/** When this data or this build appeared, whichever is later, to the second. */
	public Instant lastModified() {
		return this.version.obtain().lastModified();
	}

	private static Version compute(Flyway flyway, BuildProperties build) {
		MessageDigest digest = sha256();
		Instant lastModified = Instant.EPOCH;
		if (flyway != null) {
			for (Applied migration : applied(flyway.getConfiguration())) {
				update(digest, migration.version() + ":" + migration.checksum() + ";");
				if (migration.installedOn() != null) {
					lastModified = latest(lastModified, migration.installedOn().toInstant());
				}
			}
		}
		if (build != null) {
			update(digest, build.getVersion() + "@" + build.getTime());
			if (build.getTime() != null) {
				lastModified = latest(lastModified, build.getTime());
			}
		}
		String hash = HexFormat.of().formatHex(digest.digest(), 0, 12);
		return new Version("W/\"" + hash + "\"", lastModified.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * The successful migrations in the order they ran, read from Flyway's history table
	 * with one query: asking Flyway itself ({@code info()}) would scan and parse every
	 * migration script again, which took most of a second.
	 */
	private static List<Applied> applied(Configuration flyway) {
		String table = quoted(flyway.getTable());
		String schema = (flyway.getDefaultSchema() != null) ? flyway.getDefaultSchema()
				: (flyway.getSchemas().length > 0) ? flyway.getSchemas()[0] : null;
		String name = (schema != null) ? quoted(schema) + "." + table : table;
		return new JdbcTemplate(flyway.getDataSource()).query(
				"select \"version\", \"description\", \"checksum\", \"installed_on\" from " + name
						+ " where \"success\" = true order by \"installed_rank\"",
				(row, i) -> new Applied((row.getString(1) != null) ? row.getString(1) : row.getString(2),
						row.getObject(3, Integer.class), row.getTimestamp(4)));
	}

	/**
	 * Flyway creates its table and columns with quoted names (lower case on H2 and
	 * PostgreSQL alike).
	 */
	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Applied(String version, Integer checksum, Timestamp installedOn) {
	}

	private record Version(String entityTag, Instant lastModified) {
	}

}
