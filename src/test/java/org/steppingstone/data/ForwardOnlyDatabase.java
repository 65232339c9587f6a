package org.steppingstone.data;

import java.util.List;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the forward-only tests of the two data files (the catalog, the rates) share: an
 * embedded database of their own, shut down when closed; Flyway's history in it; and the
 * check that a release holding an older file keeps it out, start after start.
 */
final class ForwardOnlyDatabase implements AutoCloseable {

	private final SingleConnectionDataSource dataSource;

	ForwardOnlyDatabase(String name) {
		this.dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
	}

	SingleConnectionDataSource dataSource() {
		return this.dataSource;
	}

	JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

	/** Every migration Flyway recorded, in order, with its checksum. */
	List<String> history() {
		return jdbc()
			.sql("select \"installed_rank\" || ' ' || coalesce(\"version\", \"description\") || ' ' || \"checksum\""
					+ " from \"flyway_schema_history\" order by \"installed_rank\"")
			.query(String.class)
			.list();
	}

	/**
	 * Starts the release with the older file twice (a replica restarted during the
	 * rollout, or a rollback): each start runs no migration, logs {@code kept} once, and
	 * validates.
	 */
	void assertOlderFileKeptOnEachStart(Supplier<Flyway> olderRelease, CapturedOutput output, String kept) {
		for (int start = 0; start < 2; start++) {
			long before = output.getOut().lines().filter((line) -> line.contains(kept)).count();
			Flyway flyway = olderRelease.get();
			assertThat(flyway.migrate().migrationsExecuted).isZero();
			assertThat(output.getOut().lines().filter((line) -> line.contains(kept))).as("one line per start")
				.hasSize((int) before + 1);
			flyway.validate();
		}
	}

	@Override
	public void close() {
		jdbc().sql("SHUTDOWN").update();
		this.dataSource.destroy();
	}

}
