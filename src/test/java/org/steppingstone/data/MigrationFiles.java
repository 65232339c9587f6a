package org.steppingstone.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The schema's migrations as the classpath holds them, by version number (as Flyway
 * orders them, so V10 comes after V9): tests read them here rather than write a version
 * into their expectations.
 */
public final class MigrationFiles {

	private MigrationFiles() {
	}

	/** The versions of the versioned migrations (V*.sql), in ascending order. */
	public static List<Integer> versioned() {
		return versions("V");
	}

	/** The version of the newest baseline script (B*.sql). */
	public static int baseline() {
		List<Integer> baselines = versions("B");
		return baselines.get(baselines.size() - 1);
	}

	/**
	 * What Flyway's history holds for an empty database, version and type: the newest
	 * baseline script, then the versioned migrations after it.
	 */
	public static List<String> fromAnEmptyDatabase() {
		int baseline = baseline();
		List<String> rows = new ArrayList<>();
		rows.add(baseline + " SQL_BASELINE");
		versioned().stream().filter((version) -> version > baseline).forEach((version) -> rows.add(version + " SQL"));
		return rows;
	}

	/** The version in a migration's file name: 7 for V7__catalog.sql. */
	public static int version(String fileName) {
		return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
	}

	/** The versioned migrations' files, in ascending order of version. */
	public static List<Resource> versionedFiles() {
		return Arrays.stream(resources("V")).sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
	}

	private static List<Integer> versions(String prefix) {
		return Arrays.stream(resources(prefix)).map(MigrationFiles::version).sorted().toList();
	}

	private static int version(Resource resource) {
		return version(resource.getFilename());
	}

	private static Resource[] resources(String prefix) {
		try {
			return new PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/" + prefix + "*__*.sql");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
