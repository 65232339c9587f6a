package org.steppingstone.catalog;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A curator's migration with bad data fails as a whole, with the database naming the
 * broken constraint.
 */
@Tag("integration")
class CuratorMigrationTests {

	@Test
	void shouldFailTheMigrationNamingTheConstraintAndApplyNothingOfIt() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:curator-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/curator-mistake")
			.load();

		assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class)
			.hasMessageContaining("V100")
			.satisfies((ex) -> assertThat(ex.getMessage()).containsIgnoringCase("ck_pathways_share"));

		JdbcClient jdbc = JdbcClient.create(dataSource);
		assertThat(jdbc.sql("select count(*) from programs where id = 'mitx-curator-test'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from institutions where id = 'curator-test-university'")
			.query(Long.class)
			.single()).isZero();
		// What ran before it stays: the baseline script, with the source document.
		assertThat(jdbc.sql("select count(*) from guide_passages").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"version\" = '100' and \"success\"")
			.query(Long.class)
			.single()).isZero();
	}

}
