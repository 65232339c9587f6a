package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steppingstone.CatalogJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrated database holds exactly the catalog's data file: every row and every value.
 * Each item of the file is walked generically, so a field that the loader does not store
 * fails here by name.
 */
@DataJpaTest
class CatalogMigrationTests {

	/** Where each value of an item lands: its path in the file, then its column. */
	private static final Map<String, Map<String, String>> COLUMNS = Map.of("sources",
			columns("id", "url", "title", "publisher", "published_on", "kind"), "institutions",
			columns("id", "name", "short_name", "country", "website"), "programs",
			columns("id", "title", "institution_id", "field", "summary", "course_count", "required_course_count",
					"final_assessment", "status", "program_url", "price.value=price_amount",
					"price.currency=price_currency", "price.as_of", "price.source_id", "price.computed", "price.note",
					"length_months.min=length_min", "length_months.max=length_max", "length_months.as_of=length_as_of",
					"length_months.source_id=length_source_id", "effort_hours_per_week.min=effort_min",
					"effort_hours_per_week.max=effort_max", "effort_hours_per_week.source_id=effort_source_id",
					"audit_free.value=audit_free", "audit_free.source_id", "retired_on.value=retired_on",
					"retired_on.source_id", "retired_on.note", "platform.value=platform", "platform.since",
					"platform.source_id"),
			"courses",
			columns("id", "program_id", "position", "code", "title", "weeks", "elective", "source_id", "as_of",
					"effort_hours_per_week.min=effort_min", "effort_hours_per_week.max=effort_max"),
			"degrees",
			columns("id", "title", "institution_id", "field", "delivery", "url", "credits_total.value=credits_value",
					"credits_total.unit=credits_unit", "credits_total.source_id=credits_source_id",
					"credits_total.computed=credits_computed", "credits_total.note=credits_note",
					"length_months.min=length_min", "length_months.max=length_max",
					"length_months.source_id=length_source_id", "tuition.value=tuition_amount", "tuition.currency",
					"tuition.as_of", "tuition.source_id", "tuition.computed", "tuition.basis", "tuition.note",
					"credit_reduces_tuition.value=credit_reduces_tuition", "credit_reduces_tuition.source_id",
					"credit_reduces_tuition.note"),
			"pathways",
			columns("id", "program_id", "degree_id", "institution_id", "kind", "admission_required",
					"on_campus_required", "status", "as_of", "credit.value", "credit.unit", "credit.share_percent",
					"credit.share_basis", "credit.text", "credit.max_value", "credit.max_unit",
					"credit.max_share_percent", "credit.max_source_id", "credit.max_note"));

	/** Lists of ids or texts, stored in their own tables (checked below). */
	private static final Set<String> LISTS = Set.of("source_ids", "other_source_ids", "conditions");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldHoldAsManyRowsAsTheDataset() {
		assertThat(count("sources")).isEqualTo(119).isEqualTo(CatalogJson.array("sources").size());
		assertThat(count("institutions")).isEqualTo(21).isEqualTo(CatalogJson.array("institutions").size());
		assertThat(count("programs")).isEqualTo(26).isEqualTo(CatalogJson.array("programs").size());
		assertThat(count("courses")).isEqualTo(90).isEqualTo(CatalogJson.array("courses").size());
		assertThat(count("degrees")).isEqualTo(27).isEqualTo(CatalogJson.array("degrees").size());
		assertThat(count("pathways")).isEqualTo(38).isEqualTo(CatalogJson.array("pathways").size());
		assertThat(count("conflicts")).isEqualTo(31).isEqualTo(CatalogJson.array("conflicts").size());
		assertThat(count("releases")).isEqualTo(4).isEqualTo(CatalogJson.array("releases").size());
	}

	@Test
	void shouldStoreEveryValueOfEveryItem() {
		COLUMNS.forEach((array, columns) -> {
			for (JsonNode item : CatalogJson.array(array)) {
				Set<String> paths = new TreeSet<>();
				leaves(item, "", paths);
				paths.removeAll(LISTS);
				// A value object that is null as a whole: its columns are checked to be
				// NULL.
				paths.removeIf((path) -> columns.keySet().stream().anyMatch((key) -> key.startsWith(path + ".")));
				assertThat(columns.keySet()).as("the columns of %s hold every field of %s", array, item.get("id"))
					.containsAll(paths);
			}
			assertRowsMatch(array, columns);
		});
	}

	@Test
	void shouldKeepAmountsInTheirCurrencyAndNoLongerWriteTheFirstReleasesDollarColumns() {
		assertThat(this.jdbc
			.sql("select tuition_amount, tuition_currency, tuition_value, tuition_basis from degrees"
					+ " where id = 'hkust-msc-big-data-technology'")
			.query((rs, n) -> List.<Object>of(normalize(rs.getBigDecimal(1)), rs.getString(2),
					String.valueOf(rs.getBigDecimal(3)), rs.getString(4)))
			.single()).containsExactly("242000", "HKD", "null", "whole-degree");
		// price_value and tuition_value, which the first release read as US dollars, are
		// no longer written; the release after this one drops them.
		assertThat(
				this.jdbc.sql("select count(*) from programs where price_value is not null").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("select count(*) from degrees where tuition_value is not null")
			.query(Long.class)
			.single()).isZero();
		for (String array : List.of("programs", "degrees")) {
			String money = array.equals("programs") ? "price" : "tuition";
			for (JsonNode item : CatalogJson.array(array)) {
				List<String> stored = this.jdbc
					.sql("select " + money + "_amount, " + money + "_currency from " + array + " where id = ?")
					.param(item.get("id").asString())
					.query((rs, n) -> List.of(String.valueOf(normalize(rs.getBigDecimal(1))),
							String.valueOf(rs.getString(2))))
					.single();
				assertThat(stored).as("%s of %s", money, item.get("id"))
					.containsExactly(String.valueOf(normalize(CatalogJson.value(item, money + ".value"))),
							String.valueOf(CatalogJson.value(item, money + ".currency")));
			}
		}
	}

	@Test
	void shouldKeepTheRetiredProgramAndItsHistoricalPathways() {
		assertThat(this.jdbc.sql("select status, retired_on from programs where id = 'columbiax-business-analytics'")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.single()).isEqualTo("retired 2021-08-30");
		assertThat(this.jdbc.sql("select status from pathways where program_id = 'columbiax-business-analytics'")
			.query(String.class)
			.list()).hasSize(4).containsOnly("historical");
	}

	@Test
	void shouldKeepEveryListInItsOrder() {
		assertListsMatch("program_sources", "program_id", "programs", "source_ids");
		assertListsMatch("course_sources", "course_id", "courses", "other_source_ids");
		assertListsMatch("degree_sources", "degree_id", "degrees", "source_ids");
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
			assertThat(fieldNames(conflict)).containsExactlyInAnyOrder("entity", "entity_id", "field", "values");
			int position = 1;
			for (JsonNode value : conflict.get("values")) {
				assertThat(fieldNames(value)).containsExactlyInAnyOrder("value", "source_id", "note", "kept");
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
	void shouldKeepEveryReleaseWithAllItsChangesNewestFirst() {
		List<List<Object>> releases = new ArrayList<>();
		List<List<Object>> changes = new ArrayList<>();
		int order = 1;
		for (JsonNode release : CatalogJson.array("releases")) {
			assertThat(fieldNames(release)).containsExactlyInAnyOrder("version", "date", "summary", "changes");
			releases.add(List.of(release.get("version").asString(), order++, release.get("date").asString(),
					release.get("summary").asString()));
			int position = 1;
			for (JsonNode change : release.get("changes")) {
				assertThat(fieldNames(change)).containsExactlyInAnyOrder("entity", "id", "field", "kind", "from", "to",
						"source_id");
				changes.add(List.of(release.get("version").asString(), position++, change.get("entity").asString(),
						change.get("id").asString(), String.valueOf(CatalogJson.value(change, "field")),
						change.get("kind").asString(), String.valueOf(CatalogJson.value(change, "from")),
						String.valueOf(CatalogJson.value(change, "to")), change.get("source_id").asString()));
			}
		}
		assertThat(this.jdbc.sql("select version, position, released_on, summary from releases order by position")
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate().toString(),
					rs.getString(4)))
			.list()).containsExactlyElementsOf(releases);
		assertThat(this.jdbc.sql("""
				select release_version, position, entity, entity_id, field, kind, from_value, to_value, source_id
				from release_changes""")
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getString(5)), rs.getString(6), String.valueOf(rs.getString(7)),
					String.valueOf(rs.getString(8)), rs.getString(9)))
			.list()).containsExactlyInAnyOrderElementsOf(changes).hasSize(68);
	}

	@Test
	void shouldKeepTheEditionAndOnlyTheControlledFields() {
		JsonNode root = CatalogJson.root();
		assertThat(fieldNames(root)).containsExactlyInAnyOrder("catalog_version", "releases", "about",
				"controlled_fields", "sources", "institutions", "programs", "courses", "degrees", "pathways",
				"conflicts");
		assertThat(this.jdbc.sql("select catalog_version, about from catalog_edition")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.single()).containsExactly("1.4", root.get("about").asString());
		List<String> controlled = new ArrayList<>();
		root.get("controlled_fields").forEach((field) -> controlled.add(field.asString()));
		assertThat(
				this.jdbc.sql("select field from programs union select field from degrees").query(String.class).list())
			.isSubsetOf(controlled);
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

	/**
	 * {@code "price.note"} maps to the column {@code price_note}; {@code "a.b=c"} to
	 * {@code c}.
	 */
	private static Map<String, String> columns(String... paths) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String path : paths) {
			String[] parts = path.split("=");
			map.put(parts[0], (parts.length > 1) ? parts[1] : parts[0].replace('.', '_'));
		}
		return map;
	}

	/** Every path to a value in an item; lists count as one value. */
	private static void leaves(JsonNode node, String prefix, Set<String> paths) {
		for (var entry : node.properties()) {
			if (entry.getValue().isObject()) {
				leaves(entry.getValue(), prefix + entry.getKey() + ".", paths);
			}
			else {
				paths.add(prefix + entry.getKey());
			}
		}
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.properties().forEach((entry) -> names.add(entry.getKey()));
		return names;
	}

	private void assertRowsMatch(String table, Map<String, String> pathToColumn) {
		String select = "select " + String.join(", ", pathToColumn.values()) + " from " + table + " where id = ?";
		for (JsonNode item : CatalogJson.array(table)) {
			String id = item.get("id").asString();
			Map<String, Object> row = this.jdbc.sql(select).param(id).query().singleRow();
			pathToColumn.forEach((path, column) -> {
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

	/**
	 * Numbers compare by value (1350 = 1350.00), CHAR columns without padding, everything
	 * else as is.
	 */
	private static Object normalize(Object value) {
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
		}
		return value;
	}

}
