package org.steppingstone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog as published in {@code data/catalog.json} (a copy of
 * ../shared/data/catalog.json), read independently of the migrations so that tests can
 * compare the database with it.
 */
public final class CatalogJson {

	private static final JsonNode ROOT = JsonMapper.builder().build().readTree(read(Path.of("data", "catalog.json")));

	private CatalogJson() {
	}

	public static List<JsonNode> array(String name) {
		List<JsonNode> items = new ArrayList<>();
		ROOT.get(name).forEach(items::add);
		return items;
	}

	/**
	 * The value at a dotted path such as {@code price_usd.value}, or null when any part
	 * is JSON null or missing.
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

}
