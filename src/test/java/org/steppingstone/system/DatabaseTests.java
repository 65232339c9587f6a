package org.steppingstone.system;

import java.util.Arrays;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steppingstone.data.MigrationFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database this run uses, and that Flyway migrated it: the baseline script, then
 * the catalog. The whole suite runs a second time against PostgreSQL when
 * STEPPINGSTONE_TEST_POSTGRES_URL is set (see .ci/postgres.sh); without it, the
 * PostgreSQL check says it was skipped.
 */
@SpringBootTest
class DatabaseTests {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	/**
	 * The suite's database starts empty: the newest baseline script stands for the
	 * versioned migrations up to its version (BaselineMigrationTests shows both end in
	 * the same place, CatalogUpgradeTests runs V7 on a database of V1-V6).
	 */
	@Test
	void shouldHaveAppliedEveryMigration() {
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select \"version\", \"type\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.list()).containsExactlyElementsOf(MigrationFiles.fromAnEmptyDatabase());
		// The catalog's data file, loaded after the versioned migrations.
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select \"description\", \"type\" from \"flyway_schema_history\" where \"success\" and \"version\" is null and \"type\" <> 'TABLE'")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.list()).containsExactly("Catalog JDBC", "Rates JDBC");
	}

	@Test
	void shouldRunOnPostgresqlWhenThePostgresProfileIsActive() throws Exception {
		boolean postgres = Arrays.asList(this.environment.getActiveProfiles()).contains("postgres");
		Assumptions.assumeTrue(postgres,
				"PostgreSQL tests skipped: this run uses H2. Set STEPPINGSTONE_TEST_POSTGRES_URL "
						+ "(source .ci/postgres.sh start) to run the whole suite against PostgreSQL as well.");
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
		}
	}

}
