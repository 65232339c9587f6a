package org.steppingstone.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.steppingstone.CatalogJson;
import org.steppingstone.data.ForwardOnly.Choice;
import org.steppingstone.data.ForwardOnly.Loaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog only moves forward: Flyway, as each release runs it at start-up, loads a
 * file of a newer release over the database's, leaves the database's newer catalog in
 * place when the file is older (logging one line, recording nothing, validating), and
 * stops on a file with the database's release and other content, naming both checksums.
 * On H2 with the release's migrations, as {@code CatalogUpgradeTests} does.
 */
@ExtendWith(OutputCaptureExtension.class)
class CatalogForwardOnlyTests {

	private static final String PROGRAM = CatalogJson.SCM;

	@TempDir
	Path dir;

	@Test
	void shouldLoadANewerFileAndKeepItWhenTheOlderOneStartsAgain(CapturedOutput output) throws Exception {
		String shipped = CatalogFile.at(CatalogFile.DEFAULT_LOCATION, getClass().getClassLoader()).release();
		Path newer = CatalogJson.nextRelease(this.dir, "newer", "Supply Chain Management (next release)");
		String next = CatalogFile.at(newer.toUri().toString(), getClass().getClassLoader()).release();
		assertThat(next).isNotEqualTo(shipped);
		try (ForwardOnlyDatabase own = new ForwardOnlyDatabase("forward")) {
			SingleConnectionDataSource database = own.dataSource();
			JdbcClient jdbc = own.jdbc();
			migrate(database, CatalogFile.DEFAULT_LOCATION);
			assertThat(title(jdbc)).isEqualTo(CatalogJson.item("programs", PROGRAM).get("title").asString());
			// The next release starts: its newer file loads, as any changed file did.
			migrate(database, newer.toUri().toString());
			assertThat(title(jdbc)).isEqualTo("Supply Chain Management (next release)");
			assertThat(newestRelease(jdbc)).isEqualTo(next);
			List<String> history = own.history();

			// This release starts again (a replica restarted during the rollout, or a
			// rollback), twice: nothing is loaded or recorded, and Flyway validates.
			String kept = "catalog.json holds release " + shipped + ", older than release " + next
					+ " in the database: not loaded; the database's newer data is served";
			own.assertOlderFileKeptOnEachStart(() -> flyway(database, CatalogFile.DEFAULT_LOCATION), output, kept);
			assertThat(title(jdbc)).isEqualTo("Supply Chain Management (next release)");
			assertThat(newestRelease(jdbc)).isEqualTo(next);
			assertThat(own.history()).isEqualTo(history);

			// And the newer release starts again: up to date, nothing to do.
			assertThat(flyway(database, newer.toUri().toString()).migrate().migrationsExecuted).isZero();
		}
	}

	@Test
	void shouldStopOnAFileWithTheDatabasesReleaseAndOtherContentNamingBothChecksums() throws Exception {
		Path newer = CatalogJson.nextRelease(this.dir, "newer", "Supply Chain Management (next release)");
		Path forgotten = CatalogJson.nextRelease(this.dir, "forgotten",
				"Supply Chain Management (edited, same release)");
		ClassLoader loader = getClass().getClassLoader();
		int applied = CatalogFile.at(newer.toUri().toString(), loader).checksum(CatalogLoader.VERSION);
		int edited = CatalogFile.at(forgotten.toUri().toString(), loader).checksum(CatalogLoader.VERSION);
		try (ForwardOnlyDatabase own = new ForwardOnlyDatabase("forward-same")) {
			SingleConnectionDataSource database = own.dataSource();
			migrate(database, newer.toUri().toString());
			assertThatThrownBy(() -> migrate(database, forgotten.toUri().toString())).hasMessageContaining(
					"catalog.json holds release " + CatalogFile.at(newer.toUri().toString(), loader).release()
							+ ", the release already in the database, but other content (checksum " + edited
							+ " in the file, " + applied + " applied): add a new release at the top of its releases");
			assertThat(title(own.jdbc())).isEqualTo("Supply Chain Management (next release)");
		}
	}

	@Test
	void shouldChooseByReleaseNotByChecksum() {
		Loaded database = new Loaded(7, "1.10");
		assertThat(ForwardOnly.choose("f.json", "1.9", 8, database, (c) -> false))
			.isEqualTo(new Choice(7, "f.json holds release 1.9, older than release 1.10 in the database: "
					+ "not loaded; the database's newer data is served"));
		assertThat(ForwardOnly.choose("f.json", "1.11", 8, database, (c) -> false)).isEqualTo(new Choice(8, null));
		assertThat(ForwardOnly.choose("f.json", "1.10", 7, database, (c) -> false)).isEqualTo(new Choice(7, null));
		// The same file, loaded by an earlier loader: loaded again.
		assertThat(ForwardOnly.choose("f.json", "1.10", 8, database, (c) -> c == 7)).isEqualTo(new Choice(8, null));
		assertThatThrownBy(() -> ForwardOnly.choose("f.json", "1.10", 8, database, (c) -> false))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("checksum 8 in the file, 7 applied");
		// Nothing loaded yet, or a database without releases: the file loads.
		assertThat(ForwardOnly.choose("f.json", "1.0", 8, Loaded.NOTHING, (c) -> false)).isEqualTo(new Choice(8, null));
		assertThat(ForwardOnly.choose("f.json", "1.0", 8, new Loaded(7, null), (c) -> false))
			.isEqualTo(new Choice(8, null));
	}

	private static void migrate(SingleConnectionDataSource database, String catalog) {
		flyway(database, catalog).migrate();
	}

	private static Flyway flyway(SingleConnectionDataSource database, String catalog) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.placeholders(Map.of("catalog", catalog))
			.load();
	}

	private static String title(JdbcClient jdbc) {
		return jdbc.sql("select title from programs where id = ?").param(PROGRAM).query(String.class).single();
	}

	private static String newestRelease(JdbcClient jdbc) {
		return jdbc.sql("select version from releases order by position").query(String.class).list().get(0);
	}

}
