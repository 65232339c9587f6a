package org.steppingstone.data;

import java.sql.Connection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Replaces the catalog rows with the content of a validated catalog file: every catalog
 * table is emptied, then filled again, on the caller's connection (and so in Flyway's
 * transaction). Values are copied unchanged; null stays NULL.
 */
public final class CatalogLoader {

	/**
	 * Raise it when this class or {@link CatalogRows} starts loading a file differently
	 * in what the pages read: Flyway then reloads the same file. Raising it also stops
	 * the release before from restarting on a database this loader filled (it finds the
	 * same catalog release with another checksum), so a change the pages do not read,
	 * such as no longer writing {@code price_value} and {@code tuition_value}, leaves it
	 * as it is: a database keeps those values until the next catalog release reloads it.
	 */
	public static final int VERSION = 1;

	/** Children before parents, so that no foreign key is broken on the way. */
	private static final List<String> TABLES = List.of("release_changes", "releases", "catalog_edition",
			"conflict_values", "conflicts", "pathway_sources", "pathway_conditions", "pathways", "degree_sources",
			"degrees", "course_sources", "courses", "program_sources", "programs", "institutions", "sources");

	private final JdbcTemplate jdbc;

	public CatalogLoader(Connection connection) {
		this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	public void replaceWith(JsonNode catalog) {
		replaceWith(rows(catalog));
	}

	/**
	 * Empties every catalog table, then inserts the rows, table by table in one batch
	 * each.
	 */
	public void replaceWith(CatalogRows rows) {
		for (String table : TABLES) {
			this.jdbc.update("DELETE FROM " + table);
		}
		for (CatalogRows.Insert insert : rows.inserts()) {
			this.jdbc.batchUpdate(insert.sql(), insert.rows());
		}
	}

	/**
	 * The rows of a validated catalog file, ready to insert: no database is needed to
	 * make them, so they can be made while the database is busy with something else.
	 */
	public static CatalogRows rows(JsonNode catalog) {
		return new CatalogRows(catalog);
	}

}
