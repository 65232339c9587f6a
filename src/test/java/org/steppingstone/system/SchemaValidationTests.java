package org.steppingstone.system;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts with {@code ddl-auto=none} (Flyway owns the schema and start-up
 * stays short), so this test has Hibernate validate every entity against the migrated
 * schema instead: a migration that drops or retypes a column an entity maps fails here,
 * on H2 and on PostgreSQL, rather than on the first page that reads it.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class SchemaValidationTests {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void everyEntityMatchesTheMigratedSchema() {
		// The context (and with it Hibernate's schema validation) started; it covered
		// every mapped entity.
		assertThat(this.entityManagerFactory.getMetamodel().getEntities()).extracting(EntityType::getName)
			.contains("Program", "Course", "Degree", "Pathway", "Institution", "Source");
	}

}
