package org.steppingstone.data;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Ids are unique across the file, every reference resolves and every currency is one of
 * ISO 4217: what a schema cannot say.
 */
final class CatalogReferences {

	/** The ISO 4217 codes the Java platform knows. */
	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private final String file;

	private final JsonNode root;

	private final Map<String, Set<String>> ids = new HashMap<>();

	private final List<String> problems = new ArrayList<>();

	CatalogReferences(String file, JsonNode root) {
		this.file = file;
		this.root = root;
		Set<String> all = new HashSet<>();
		for (String array : CatalogFile.ITEMS) {
			Set<String> these = new HashSet<>();
			for (JsonNode item : root.get(array)) {
				String id = item.get("id").asString();
				if (!all.add(id)) {
					problem(array, item, "id", "the id is used twice");
				}
				these.add(id);
			}
			this.ids.put(array, these);
		}
	}

	List<String> problems() {
		for (String array : CatalogFile.ITEMS) {
			for (JsonNode item : this.root.get(array)) {
				check(array, item, item, "");
			}
		}
		for (JsonNode conflict : this.root.get("conflicts")) {
			check("conflicts", conflict, conflict, "");
			String entity = conflict.get("entity").asString() + "s";
			refer("conflicts", conflict, "entity_id", entity, conflict.get("entity_id"));
		}
		for (JsonNode release : this.root.get("releases")) {
			check("releases", release, release, "");
		}
		return this.problems;
	}

	private void check(String array, JsonNode item, JsonNode node, String prefix) {
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String key = entry.getKey();
			JsonNode value = entry.getValue();
			String field = prefix + key;
			if (value.isObject()) {
				check(array, item, value, field + ".");
			}
			else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
				for (int i = 0; i < value.size(); i++) {
					check(array, item, value.get(i), field + "[" + i + "].");
				}
			}
			else if (key.equals("currency") && value.isString() && !CURRENCIES.contains(value.asString())) {
				problem(array, item, field, "\"" + value.asString() + "\" is not an ISO 4217 currency code");
			}
			else if (key.equals("source_id") || key.endsWith("_source_id")) {
				refer(array, item, field, "sources", value);
			}
			else if (key.equals("source_ids") || key.equals("other_source_ids")) {
				int i = 0;
				for (JsonNode id : value) {
					refer(array, item, field + "[" + i++ + "]", "sources", id);
				}
			}
			else if (prefix.isEmpty() && key.endsWith("_id") && !key.equals("entity_id")) {
				refer(array, item, field, key.substring(0, key.length() - 3) + "s", value);
			}
		}
	}

	private void refer(String array, JsonNode item, String field, String target, JsonNode id) {
		if (id == null || id.isNull()) {
			return;
		}
		Set<String> known = this.ids.get(target);
		if (known == null || !known.contains(id.asString())) {
			problem(array, item, field, "\"" + id.asString() + "\" is not an id in " + target);
		}
	}

	private void problem(String array, JsonNode item, String field, String what) {
		this.problems.add(DataFile.problem(this.file, array + " " + CatalogFile.itemName(item), field, what));
	}

}
