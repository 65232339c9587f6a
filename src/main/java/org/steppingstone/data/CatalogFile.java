package org.steppingstone.data;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.databind.JsonNode;

/**
 * One catalog data file (the shape of catalog.json 1.3 and later), read from a Spring
 * resource location such as {@code classpath:catalog/catalog.json} or {@code file:/path}.
 */
public final class CatalogFile extends DataFile {

	/** Where the release's catalog lives. */
	public static final String DEFAULT_LOCATION = "classpath:catalog/catalog.json";

	private static final String SCHEMA_LOCATION = "classpath:catalog/catalog.schema.json";

	/**
	 * Written by the build once the release's catalog has passed every check
	 * ({@link CatalogCheck}): the digest of the file and the schema it passed.
	 */
	static final String CHECKED_LOCATION = "classpath:catalog/catalog.checked";

	/** The arrays whose items carry an {@code id}, in the order they are loaded. */
	static final List<String> ITEMS = List.of("sources", "institutions", "programs", "courses", "degrees", "pathways");

	private CatalogFile(String location, ClassLoader classLoader) {
		super(location, SCHEMA_LOCATION, CHECKED_LOCATION, classLoader);
	}

	/** The file at a resource location, read but not yet parsed. */
	public static CatalogFile at(String location, ClassLoader classLoader) {
		return new CatalogFile(location, classLoader);
	}

	/**
	 * The newest release the file lists ({@code releases[].version}, compared as version
	 * numbers), or null when it lists none or is not JSON (then loading it fails, naming
	 * the mistake).
	 */
	@Override
	public String release() {
		MigrationVersion newest = null;
		for (JsonNode release : tree().path("releases")) {
			String version = release.path("version").asString(null);
			if (version != null && version.matches("[0-9]+(\\.[0-9]+)*")) {
				MigrationVersion candidate = MigrationVersion.fromVersion(version);
				newest = (newest == null || candidate.isNewerThan(newest)) ? candidate : newest;
			}
		}
		return (newest != null) ? newest.getVersion() : null;
	}

	@Override
	List<String> problems(JsonNode root, List<Error> schemaErrors) {
		List<String> problems = new ArrayList<>();
		for (Error error : schemaErrors) {
			problems.add(describe(root, error));
		}
		if (problems.isEmpty()) {
			problems.addAll(new CatalogReferences(name(), root).problems());
		}
		return problems;
	}

	private String describe(JsonNode root, Error error) {
		NodePath at = error.getInstanceLocation();
		List<String> field = new ArrayList<>();
		for (int i = 2; i < at.getNameCount(); i++) {
			Object element = at.getElement(i);
			if (element instanceof Integer index) {
				field.add(field.isEmpty() ? "[" + index + "]" : field.remove(field.size() - 1) + "[" + index + "]");
			}
			else {
				field.add(String.valueOf(element));
			}
		}
		if (error.getProperty() != null) {
			field.add(error.getProperty());
		}
		String item = (at.getNameCount() >= 2 && at.getElement(1) instanceof Integer index)
				? at.getElement(0) + " " + itemName(root.path(String.valueOf(at.getElement(0))).path(index))
				: (at.getNameCount() >= 1) ? String.valueOf(at.getElement(0)) : "catalog";
		return problem(name(), item, String.join(".", field), what(error));
	}

	/**
	 * How an item is named in messages: its id, or what identifies it when it has none.
	 */
	static String itemName(JsonNode item) {
		if (item.hasNonNull("id")) {
			return '"' + item.get("id").asString() + '"';
		}
		if (item.hasNonNull("version")) {
			return "\"" + item.get("version").asString() + '"';
		}
		if (item.hasNonNull("entity_id")) {
			return "\"" + item.get("entity_id").asString() + "\" (" + item.path("field").asString("?") + ")";
		}
		return "(an item without id)";
	}

}
