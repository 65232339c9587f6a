package org.steppingstone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog's data file, {@code src/main/resources/catalog/catalog.json} (the one
 * source of truth, which Flyway loads), read independently of the loader so that tests
 * can compare the database and the pages with it.
 */
public final class CatalogJson {

	/** The catalog's data file, relative to the project root. */
	/** The program, degree and pathway most tests read: MIT's Supply Chain Management. */
	public static final String SCM = "mitx-supply-chain-management";

	public static final String SCM_DEGREE = "mit-masters-supply-chain-management";

	public static final String SCM_PATHWAY = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";

	public static final Path FILE = Path.of("src", "main", "resources", "catalog", "catalog.json");

	private static final JsonNode ROOT = JsonMapper.builder().build().readTree(read(FILE));

	private CatalogJson() {
	}

	public static JsonNode root() {
		return ROOT;
	}

	public static List<JsonNode> array(String name) {
		List<JsonNode> items = new ArrayList<>();
		ROOT.get(name).forEach(items::add);
		return items;
	}

	/**
	 * The items a default listing shows: all but retired programs and historical
	 * pathways.
	 */
	/** The item of the named array with this id. */
	public static JsonNode item(String array, String id) {
		return array(array).stream().filter((i) -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
	}

	/** The item with this id in an array of any catalog tree (an edited copy, say). */
	public static JsonNode find(JsonNode items, String id) {
		for (JsonNode item : items) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		throw new IllegalArgumentException("No item " + id);
	}

	public static List<JsonNode> current(String name) {
		return array(name).stream()
			.filter((item) -> !item.has("status")
					|| !List.of("retired", "historical").contains(item.get("status").asString()))
			.toList();
	}

	/**
	 * The value at a dotted path such as {@code price.value}, or null when any part is
	 * JSON null or missing.
	 */
	public static Object value(JsonNode node, String path) {
		JsonNode current = node;
		for (String part : path.split("\\.")) {
			if (current == null || current.isNull()) {
				return null;
			}
			current = current.get(part);
		}
		if (current == null || current.isNull()) {
			return null;
		}
		if (current.isNumber()) {
			return current.decimalValue();
		}
		if (current.isBoolean()) {
			return current.booleanValue();
		}
		return current.asString();
	}

	/**
	 * The amount of a money object ({@code price}, {@code tuition}) when it is stated in
	 * US dollars, else null: what the pages that read amounts as dollars show.
	 */
	public static java.math.BigDecimal usd(JsonNode node, String object) {
		return "USD".equals(value(node, object + ".currency")) ? (java.math.BigDecimal) value(node, object + ".value")
				: null;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Run the tests from the project root: " + path.toAbsolutePath(), ex);
		}
	}

	/** The country of an institution in the catalog's data. */
	public static String country(String institutionId) {
		return array("institutions").stream()
			.filter((i) -> i.get("id").asString().equals(institutionId))
			.findFirst()
			.orElseThrow()
			.get("country")
			.asString();
	}

	/**
	 * The release's catalog with one more release at the top of {@code releases} (the
	 * next minor version) that corrects the title of {@link #SCM}, written to
	 * {@code dir/name/catalog.json}: the catalog of a later release, for the tests of
	 * rolling releases.
	 */
	public static Path nextRelease(Path dir, String name, String title) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode catalog = (ObjectNode) json.readTree(CatalogJson.FILE.toFile());
		String current = catalog.get("releases").get(0).get("version").asString();
		String next = current.substring(0, current.indexOf('.') + 1)
				+ (Integer.parseInt(current.substring(current.indexOf('.') + 1)) + 1);
		String before = null;
		String source = null;
		for (var program : catalog.get("programs")) {
			if (program.get("id").asString().equals(SCM)) {
				before = program.get("title").asString();
				source = program.get("price").get("source_id").asString();
				((ObjectNode) program).put("title", title);
			}
		}
		ObjectNode release = json.createObjectNode()
			.put("version", next)
			.put("date", "2026-12-31")
			.put("summary", "A test release after the shipped one.");
		ObjectNode change = release.putArray("changes").addObject();
		change.put("entity", "programs").put("id", SCM).put("field", "title").put("kind", "corrected");
		change.put("from", before).put("to", title).put("source_id", source);
		((ArrayNode) catalog.get("releases")).insert(0, release);
		Path file = dir.resolve(name).resolve("catalog.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, json.writeValueAsString(catalog));
		return file;
	}

}
