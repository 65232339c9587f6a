package org.steppingstone.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rule of the schema rejects a bad row with a message that names the constraint, as
 * a curator's migration would see it.
 */
@DataJpaTest
class SchemaConstraintTests {

	private static final String PATHWAY = """
			insert into pathways (id, program_id, degree_id, institution_id, kind, credit_share_percent,
			credit_share_basis, credit_text, status) values (?, 'mitx-supply-chain-management', null, 'mit', ?, ?, ?,
			'text', ?)""";

	@Autowired
	private JdbcClient jdbc;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ck_pathways_share, a-to-b, credit, 140, stated, published",
			"ck_pathways_share, a-to-b, credit, -1, stated, published",
			"ck_pathways_kind, a-to-b, diploma, 25, stated, published",
			"ck_pathways_status, a-to-b, credit, 25, stated, rumoured",
			"ck_pathways_slug, A To B, credit, 25, stated, published",
			"ck_pathways_share_basis, a-to-b, credit, , stated, published" })
	void shouldRejectABadPathway(String constraint, String id, String kind, java.math.BigDecimal share, String basis,
			String status) {
		assertRejected(constraint, () -> this.jdbc.sql(PATHWAY).params(id, kind, share, basis, status).update());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					fk_courses_program | insert into courses (id, program_id, position, title, elective, source_id) values ('orphan-course', 'no-such-program', 1, 'Orphan', false, 'mitx-scm-faq')
					pk_programs | insert into programs (id, title, institution_id, field, summary, status) values ('mitx-supply-chain-management', 'Copy', 'mit', 'Engineering', 'A copy.', 'active')
					ck_courses_position | insert into courses (id, program_id, position, title, elective, source_id) values ('zero-course', 'mitx-supply-chain-management', 0, 'Zero', false, 'mitx-scm-faq')
					ck_programs_price_value | update programs set price_value = -1 where id = 'mitx-supply-chain-management'
					ck_programs_price_sourced | update programs set price_source_id = null where id = 'mitx-supply-chain-management'
					ck_programs_length | update programs set length_min = 30 where id = 'mitx-supply-chain-management'
					ck_programs_field | update programs set field = 'Astrology' where id = 'mitx-supply-chain-management'
					ck_programs_price_as_of | update programs set price_as_of = '15/02/2017' where id = 'mitx-supply-chain-management'
					fk_pathways_degree | update pathways set institution_id = 'columbia-university' where id = 'mitx-supply-chain-management-to-mit-masters-supply-chain-management'
					ck_degrees_tuition | update degrees set tuition_value = -5 where id = 'mit-masters-supply-chain-management'
					ck_sources_kind | insert into sources (id, url, title, publisher, kind) values ('a-blog', 'https://example.org', 'A blog', 'Someone', 'rumour')
					""")
	void shouldRejectAStatementThatBreaksAConstraint(String constraint, String statement) {
		assertRejected(constraint, () -> this.jdbc.sql(statement).update());
	}

	private static void assertRejected(String constraint, Runnable statement) {
		assertThatThrownBy(statement::run).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.getMessage())
				.containsIgnoringCase(constraint));
	}

}
