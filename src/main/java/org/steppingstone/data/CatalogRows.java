package org.steppingstone.data;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Every row of a validated catalog file, by table, in the order they are inserted: no
 * database is needed to make them, so they can be made while the database is busy with
 * something else.
 */
public final class CatalogRows {

	private final List<Insert> inserts = new ArrayList<>();

	CatalogRows(JsonNode catalog) {
		insert("sources", catalog.get("sources"), col("id"), col("url"), col("title"), col("publisher"),
				col("published_on"), col("kind"));
		insert("institutions", catalog.get("institutions"), col("id"), col("name"), col("short_name"), col("country"),
				col("website"));
		insert("programs", catalog.get("programs"), col("id"), col("title"), col("institution_id"), col("field"),
				col("summary"), col("course_count"), col("required_course_count"), col("final_assessment"),
				col("price_amount", "price.value"), col("price_currency", "price.currency"),
				col("price_as_of", "price.as_of"), col("price_source_id", "price.source_id"),
				col("price_computed", "price.computed"), col("price_note", "price.note"),
				col("length_min", "length_months.min"), col("length_max", "length_months.max"),
				col("length_as_of", "length_months.as_of"), col("length_source_id", "length_months.source_id"),
				col("effort_min", "effort_hours_per_week.min"), col("effort_max", "effort_hours_per_week.max"),
				col("effort_source_id", "effort_hours_per_week.source_id"), col("audit_free", "audit_free.value"),
				col("audit_free_source_id", "audit_free.source_id"), col("status"), col("program_url"),
				col("retired_on", "retired_on.value"), col("retired_on_source_id", "retired_on.source_id"),
				col("retired_on_note", "retired_on.note"), col("platform", "platform.value"),
				col("platform_since", "platform.since"), col("platform_source_id", "platform.source_id"));
		list("program_sources", "program_id", catalog.get("programs"), "source_ids");
		insert("courses", catalog.get("courses"), col("id"), col("program_id"), col("position"), col("code"),
				col("title"), col("weeks"), col("effort_min", "effort_hours_per_week.min"),
				col("effort_max", "effort_hours_per_week.max"), col("elective"), col("source_id"), col("as_of"));
		list("course_sources", "course_id", catalog.get("courses"), "other_source_ids");
		insert("degrees", catalog.get("degrees"), col("id"), col("title"), col("institution_id"), col("field"),
				col("delivery"), col("credits_value", "credits_total.value"), col("credits_unit", "credits_total.unit"),
				col("credits_source_id", "credits_total.source_id"), col("credits_computed", "credits_total.computed"),
				col("credits_note", "credits_total.note"), col("length_min", "length_months.min"),
				col("length_max", "length_months.max"), col("length_source_id", "length_months.source_id"),
				col("tuition_amount", "tuition.value"), col("tuition_currency", "tuition.currency"),
				col("tuition_basis", "tuition.basis"), col("tuition_as_of", "tuition.as_of"),
				col("tuition_source_id", "tuition.source_id"), col("tuition_computed", "tuition.computed"),
				col("tuition_note", "tuition.note"), col("credit_reduces_tuition", "credit_reduces_tuition.value"),
				col("credit_reduces_tuition_source_id", "credit_reduces_tuition.source_id"),
				col("credit_reduces_tuition_note", "credit_reduces_tuition.note"), col("url"));
		list("degree_sources", "degree_id", catalog.get("degrees"), "source_ids");
		insert("pathways", catalog.get("pathways"), col("id"), col("program_id"), col("degree_id"),
				col("institution_id"), col("kind"), col("credit_value", "credit.value"),
				col("credit_unit", "credit.unit"), col("credit_share_percent", "credit.share_percent"),
				col("credit_share_basis", "credit.share_basis"), col("credit_text", "credit.text"),
				col("credit_max_value", "credit.max_value"), col("credit_max_unit", "credit.max_unit"),
				col("credit_max_share_percent", "credit.max_share_percent"),
				col("credit_max_source_id", "credit.max_source_id"), col("credit_max_note", "credit.max_note"),
				col("admission_required"), col("on_campus_required"), col("status"), col("as_of"));
		List<Object[]> conditions = new ArrayList<>();
		for (JsonNode pathway : catalog.get("pathways")) {
			int position = 1;
			for (JsonNode text : pathway.get("conditions")) {
				conditions.add(new Object[] { pathway.get("id").asString(), position++, text.asString() });
			}
		}
		batch("pathway_conditions", List.of("pathway_id", "position", "text"), conditions);
		list("pathway_sources", "pathway_id", catalog.get("pathways"), "source_ids");
		List<Object[]> conflicts = new ArrayList<>();
		List<Object[]> conflictValues = new ArrayList<>();
		Set<String> conflictIds = new HashSet<>();
		for (JsonNode conflict : catalog.get("conflicts")) {
			String id = conflictId(conflict);
			for (int n = 2; !conflictIds.add(id); n++) {
				id = conflictId(conflict) + "-" + n;
			}
			conflicts.add(new Object[] { id, text(conflict, "entity"), text(conflict, "entity_id"),
					text(conflict, "field") });
			int position = 1;
			for (JsonNode value : conflict.get("values")) {
				conflictValues.add(new Object[] { id, position++, text(value, "value"), text(value, "source_id"),
						text(value, "note"), value.get("kept").booleanValue() });
			}
		}
		batch("conflicts", List.of("id", "entity", "entity_id", "field"), conflicts);
		batch("conflict_values", List.of("conflict_id", "position", "value_text", "source_id", "note", "kept"),
				conflictValues);
		batch("catalog_edition", List.of("id", "catalog_version", "about"),
				List.<Object[]>of(new Object[] { 1, text(catalog, "catalog_version"), text(catalog, "about") }));
		List<Object[]> releases = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		int order = 1;
		for (JsonNode release : catalog.get("releases")) {
			String version = text(release, "version");
			releases.add(new Object[] { version, order++, Date.valueOf(LocalDate.parse(text(release, "date"))),
					text(release, "summary") });
			int position = 1;
			for (JsonNode change : release.get("changes")) {
				changes.add(new Object[] { version, position++, text(change, "entity"), text(change, "id"),
						text(change, "field"), text(change, "kind"), text(change, "from"), text(change, "to"),
						text(change, "source_id") });
			}
		}
		batch("releases", List.of("version", "position", "released_on", "summary"), releases);
		batch("release_changes", List.of("release_version", "position", "entity", "entity_id", "field", "kind",
				"from_value", "to_value", "source_id"), changes);
	}

	private void insert(String table, JsonNode items, Column... columns) {
		List<Object[]> rows = new ArrayList<>();
		for (JsonNode item : items) {
			rows.add(Arrays.stream(columns).map((column) -> column.value().apply(item)).toArray());
		}
		batch(table, Arrays.stream(columns).map(Column::name).toList(), rows);
	}

	private void list(String table, String ownerColumn, JsonNode items, String field) {
		List<Object[]> rows = new ArrayList<>();
		for (JsonNode item : items) {
			int position = 1;
			for (JsonNode sourceId : item.get(field)) {
				rows.add(new Object[] { item.get("id").asString(), position++, sourceId.asString() });
			}
		}
		batch(table, List.of(ownerColumn, "position", "source_id"), rows);
	}

	private void batch(String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		this.inserts.add(new Insert(sql, rows));
	}

	List<Insert> inserts() {
		return this.inserts;
	}

	/**
	 * A disagreement's id, as V6 made it: the entity's id and the field, in slug form (a
	 * second disagreement on the same field adds -2).
	 */
	static String conflictId(JsonNode conflict) {
		return text(conflict, "entity_id") + "-" + text(conflict, "field").replace('_', '-').replace('.', '-');
	}

	private static Column col(String name) {
		return col(name, name);
	}

	private static Column col(String name, String path) {
		return new Column(name, (item) -> value(item, path));
	}

	/**
	 * The value at a dotted path such as {@code price.value}: null when any part is null
	 * or missing (a missing optional object is null as a whole).
	 */
	static Object value(JsonNode item, String path) {
		JsonNode node = item;
		for (String part : path.split("\\.")) {
			node = (node == null || node.isNull()) ? null : node.get(part);
		}
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.intValue();
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return node.asString();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private record Column(String name, Function<JsonNode, Object> value) {
	}

	record Insert(String sql, List<Object[]> rows) {
	}

}
