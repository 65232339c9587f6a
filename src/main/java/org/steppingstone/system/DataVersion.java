package org.steppingstone.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What every page is made of: the migrations applied to the database (the catalog changes only through them) and the
 * build that renders it. Its hash is the entity tag of every page and its date their Last-Modified, so a browser or a
 * CDN revalidates cheaply and learns of a change as soon as a release with a new migration or new templates starts.
 * Replicas of one release against one database agree on both.
 */
@Component
public class DataVersion {

	private final SingletonSupplier<Version> version;

	DataVersion(ObjectProvider<Flyway> flyway, ObjectProvider<BuildProperties> build) {
		// Computed on first use: by then Flyway has migrated (the first request comes after start-up).
		this.version = SingletonSupplier.of(() -> compute(flyway.getIfAvailable(), build.getIfAvailable()));
	}

	/** The weak entity tag shared by every page of this release and data, quotes included. */
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
			for (MigrationInfo migration : flyway.info().applied()) {
				update(digest, migration.getVersion() + ":" + migration.getChecksum() + ";");
				if (migration.getInstalledOn() != null) {
					lastModified = latest(lastModified, migration.getInstalledOn().toInstant());
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

	private record Version(String entityTag, Instant lastModified) {
	}

}
