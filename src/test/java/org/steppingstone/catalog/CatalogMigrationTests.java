package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steppingstone.CatalogJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrated database holds exactly the dataset in data/catalog.json: every row, every
 * value.
 */
@DataJpaTest
class CatalogMigrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldHoldAsManyRowsAsTheDataset() {
		assertThat(count("sources")).isEqualTo(97).isEqualTo(CatalogJson.array("sources").size());
		assertThat(count("institutions")).isEqualTo(20).isEqualTo(CatalogJson.array("institutions").size());
		assertThat(count("programs")).isEqualTo(25).isEqualTo(CatalogJson.array("programs").size());
		assertThat(count("courses")).isEqualTo(86).isEqualTo(CatalogJson.array("courses").size());
		assertThat(count("degrees")).isEqualTo(24).isEqualTo(CatalogJson.array("degrees").size());
		assertThat(count("pathways")).isEqualTo(35).isEqualTo(CatalogJson.array("pathways").size());
		assertThat(count("conflicts")).isEqualTo(22).isEqualTo(CatalogJson.array("conflicts").size());
	}

	@Test
	void shouldKeepEverySourceUnchanged() {
		assertRowsMatch("sources", "sources", columns("id", "url", "title", "publisher", "published_on", "kind"));
	}

	@Test
	void shouldKeepEveryInstitutionUnchanged() {
		assertRowsMatch("institutions", "institutions", columns("id", "name", "short_name", "country", "website"));
	}

	@Test
	void shouldKeepEveryProgramUnchanged() {
		Map<String, String> map = columns("id", "title", "institution_id", "field", "summary", "course_count",
				"required_course_count", "final_assessment", "status", "program_url");
		map.putAll(Map.of("price_value", "price_usd.value", "price_as_of", "price_usd.as_of", "price_source_id",
				"price_usd.source_id", "price_computed", "price_usd.computed", "price_note", "price_usd.note"));
		map.putAll(Map.of("length_min", "length_months.min", "length_max", "length_months.max", "length_as_of",
				"length_months.as_of", "length_source_id", "length_months.source_id"));
		map.putAll(Map.of("effort_min", "effort_hours_per_week.min", "effort_max", "effort_hours_per_week.max",
				"effort_source_id", "effort_hours_per_week.source_id", "audit_free", "audit_free.value",
				"audit_free_source_id", "audit_free.source_id"));
		assertRowsMatch("programs", "programs", map);
		assertListsMatch("program_sources", "program_id", "programs", "source_ids");
	}

	@Test
	void shouldKeepEveryCourseUnchanged() {
		Map<String, String> map = columns("id", "program_id", "position", "code", "title", "weeks", "elective",
				"source_id", "as_of");
		map.put("effort_min", "effort_hours_per_week.min");
		map.put("effort_max", "effort_hours_per_week.max");
		assertRowsMatch("courses", "courses", map);
		assertListsMatch("course_sources", "course_id", "courses", "other_source_ids");
	}

	@Test
	void shouldKeepEveryDegreeUnchanged() {
		Map<String, String> map = columns("id", "title", "institution_id", "field", "delivery", "url");
		map.putAll(Map.of("credits_value", "credits_total.value", "credits_unit", "credits_total.unit",
				"credits_source_id", "credits_total.source_id", "credits_computed", "credits_total.computed",
				"credits_note", "credits_total.note", "length_min", "length_months.min", "length_max",
				"length_months.max", "length_source_id", "length_months.source_id"));
		map.putAll(Map.of("tuition_value", "tuition_usd.value", "tuition_as_of", "tuition_usd.as_of",
				"tuition_source_id", "tuition_usd.source_id", "tuition_computed", "tuition_usd.computed",
				"tuition_note", "tuition_usd.note"));
		assertRowsMatch("degrees", "degrees", map);
		assertListsMatch("degree_sources", "degree_id", "degrees", "source_ids");
	}

	@Test
	void shouldKeepEveryPathwayUnchanged() {
		Map<String, String> map = columns("id", "program_id", "degree_id", "institution_id", "kind",
				"admission_required", "on_campus_required", "status", "as_of");
		map.putAll(Map.of("credit_value", "credit.value", "credit_unit", "credit.unit", "credit_share_percent",
				"credit.share_percent", "credit_share_basis", "credit.share_basis", "credit_text", "credit.text"));
		assertRowsMatch("pathways", "pathways", map);
		assertListsMatch("pathway_sources", "pathway_id", "pathways", "source_ids");
		List<List<Object>> expected = new ArrayList<>();
		for (JsonNode pathway : CatalogJson.array("pathways")) {
			int position = 1;
			for (JsonNode condition : pathway.get("conditions")) {
				expected.add(List.of(pathway.get("id").asString(), position++, condition.asString()));
			}
		}
		assertThat(this.jdbc.sql("select pathway_id, position, text from pathway_conditions")
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.list()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void shouldKeepEveryDisagreementWithAllItsValues() {
		List<List<Object>> expected = new ArrayList<>();
		for (JsonNode conflict : CatalogJson.array("conflicts")) {
			int position = 1;
			for (JsonNode value : conflict.get("values")) {
				expected.add(List.of(conflict.get("entity").asString(), conflict.get("entity_id").asString(),
						conflict.get("field").asString(), position++, value.get("value").asString(),
						value.get("source_id").asString(), String.valueOf(CatalogJson.value(value, "note")),
						value.get("kept").booleanValue()));
			}
		}
		List<List<Object>> actual = this.jdbc.sql("""
				select c.entity, c.entity_id, c.field, v.position, v.value_text, v.source_id, v.note, v.kept
				from conflicts c join conflict_values v on v.conflict_id = c.id""")
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), String.valueOf(rs.getString(7)), rs.getBoolean(8)))
			.list();
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void shouldKeepExactlyOneValueOfEachDisagreement() {
		assertThat(this.jdbc.sql("""
				select count(*) from conflicts c
				where (select count(*) from conflict_values v where v.conflict_id = c.id and v.kept) <> 1""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void shouldResolveEveryDisagreementToAnEntity() {
		for (JsonNode conflict : CatalogJson.array("conflicts")) {
			String table = conflict.get("entity").asString() + "s";
			assertThat(this.jdbc.sql("select count(*) from " + table + " where id = ?")
				.param(conflict.get("entity_id").asString())
				.query(Long.class)
				.single()).as(conflict.toString()).isEqualTo(1L);
		}
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static Map<String, String> columns(String... names) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String name : names) {
			map.put(name, name);
		}
		return map;
	}

	private void assertRowsMatch(String table, String array, Map<String, String> columnToPath) {
		String select = "select " + String.join(", ", columnToPath.keySet()) + " from " + table + " where id = ?";
		for (JsonNode item : CatalogJson.array(array)) {
			String id = item.get("id").asString();
			Map<String, Object> row = this.jdbc.sql(select).param(id).query().singleRow();
			columnToPath.forEach((column, path) -> {
				Object expected = CatalogJson.value(item, path);
				Object actual = row.get(row.containsKey(column) ? column : column.toUpperCase());
				assertThat(normalize(actual)).as("%s.%s of %s", table, column, id).isEqualTo(normalize(expected));
			});
		}
	}

	private void assertListsMatch(String table, String ownerColumn, String array, String field) {
		List<List<Object>> expected = new ArrayList<>();
		for (JsonNode item : CatalogJson.array(array)) {
			int position = 1;
			for (JsonNode sourceId : item.get(field)) {
				expected.add(List.of(item.get("id").asString(), position++, sourceId.asString()));
			}
		}
		assertThat(this.jdbc.sql("select " + ownerColumn + ", position, source_id from " + table)
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.list()).as(table).containsExactlyInAnyOrderElementsOf(expected);
	}

	/** Numbers compare by value (1350 = 1350.00), everything else as is. */
	private static Object normalize(Object value) {
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
		}
		return value;
	}

}
