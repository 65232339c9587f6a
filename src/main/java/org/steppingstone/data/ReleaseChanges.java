package org.steppingstone.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a release's {@code changes} must say: every difference between the catalog and the
 * file of the release before it is listed, and every listed change is in the file with
 * the value it names. A schema cannot say this; it takes the earlier file, which curators
 * keep as released in {@code data/releases/catalog-<version>.json}.
 * <p>
 * A listed field covers the value object it names (a change of {@code tuition} covers its
 * {@code as_of} and {@code note} as well); lists of source ids follow the values and are
 * not changes of their own. A disagreement is listed under {@code conflicts}, the id and
 * field of its item.
 */
final class ReleaseChanges {

	/** Lists that follow the values they back: not changes of their own. */
	private static final Set<String> BOOKKEEPING = Set.of("source_ids", "other_source_ids");

	private final String file;

	private final List<String> problems = new ArrayList<>();

	private ReleaseChanges(String file) {
		this.file = file;
	}

	/**
	 * The mistakes in the newest release's list of changes, against the files kept in a
	 * directory as {@code catalog-<version>.json}: the file of the release before the
	 * newest (every difference listed, every listed change in the file) and, when the
	 * newest release has been published already, its own file (no difference at all until
	 * a new release lists it).
	 * @param file the catalog's file name, as messages give it
	 * @param current the catalog as it is now
	 * @param releases the directory of earlier releases' files
	 * @throws IOException when a file there cannot be read
	 */
	static List<String> check(String file, JsonNode current, Path releases) throws IOException {
		List<String> problems = new ArrayList<>();
		JsonNode list = current.get("releases");
		String newest = list.get(0).get("version").asString();
		Path own = releases.resolve("catalog-" + newest + ".json");
		if (Files.exists(own)) {
			problems.addAll(unreleased(file, current, read(own)));
		}
		if (list.size() > 1) {
			String before = list.get(1).get("version").asString();
			Path earlier = releases.resolve("catalog-" + before + ".json");
			if (Files.exists(earlier)) {
				problems.addAll(listedAgainst(file, current, read(earlier)));
			}
			else if (!Files.exists(own)) {
				problems.add(DataFile.problem(file, "releases \"" + newest + "\"", "changes",
						"cannot be checked: no copy of release " + before + " at " + earlier
								+ " (keep each release's file there as it was released)"));
			}
		}
		return problems;
	}

	private static JsonNode read(Path path) throws IOException {
		return JsonMapper.builder().build().readTree(Files.readString(path));
	}

	/**
	 * The mistakes in the newest release's list of changes, against the file of the
	 * release before it.
	 * @param file the catalog's file name, as messages give it
	 * @param current the catalog as it is now
	 * @param previous the file of the release before the newest, as released
	 */
	static List<String> listedAgainst(String file, JsonNode current, JsonNode previous) {
		ReleaseChanges check = new ReleaseChanges(file);
		JsonNode release = current.get("releases").get(0);
		String version = release.get("version").asString();
		String before = previous.get("catalog_version").asString();
		if (current.get("releases").size() < 2
				|| !before.equals(current.get("releases").get(1).get("version").asString())) {
			check.problem("releases \"" + version + "\"", "", "the release before it is not " + before
					+ ", the version of the earlier file it is checked against");
			return check.problems;
		}
		if (!version.equals(current.get("catalog_version").asString())) {
			check.problem("catalog", "catalog_version",
					"is " + current.get("catalog_version").asString() + ", but the newest release is " + version);
		}
		Map<Key, JsonNode> listed = new LinkedHashMap<>();
		for (JsonNode change : release.get("changes")) {
			listed.put(new Key(change.get("entity").asString(), change.get("id").asString(), text(change, "field")),
					change);
		}
		check.differences(current, previous, listed.keySet(), "release " + version + " lists no change for it");
		for (JsonNode change : release.get("changes")) {
			check.inFile(change, current, previous, before);
		}
		return check.problems;
	}

	/**
	 * The differences between the catalog and the file of its newest release: none may
	 * be, until a new release at the top of {@code releases} lists them.
	 */
	static List<String> unreleased(String file, JsonNode current, JsonNode released) {
		ReleaseChanges check = new ReleaseChanges(file);
		String version = released.get("catalog_version").asString();
		check.differences(current, released, Set.of(), "release " + version
				+ " is published and no later release lists this change: add one at the top of" + " releases");
		return check.problems;
	}

	/** Every difference that no listed change covers. */
	private void differences(JsonNode current, JsonNode previous, Set<Key> listed, String why) {
		for (String array : CatalogFile.ITEMS) {
			Map<String, JsonNode> before = byId(previous.get(array));
			Map<String, JsonNode> after = byId(current.get(array));
			after.forEach((id, item) -> {
				JsonNode old = before.get(id);
				if (old == null) {
					if (!listed.contains(new Key(array, id, null))) {
						problem(array + " \"" + id + "\"", "",
								"added since " + previous.get("catalog_version").asString() + ", but " + why);
					}
					return;
				}
				Set<String> fields = new LinkedHashSet<>();
				item.properties().forEach((entry) -> fields.add(entry.getKey()));
				old.properties().forEach((entry) -> fields.add(entry.getKey()));
				for (String field : fields) {
					if (BOOKKEEPING.contains(field) || Objects.equals(item.get(field), old.get(field))) {
						continue;
					}
					boolean covered = listed.stream()
						.anyMatch((key) -> key.entity().equals(array) && key.id().equals(id) && key.field() != null
								&& (key.field().equals(field) || key.field().startsWith(field + ".")));
					if (!covered) {
						problem(array + " \"" + id + "\"", field, "changed from " + shortly(old.get(field)) + " to "
								+ shortly(item.get(field)) + ", but " + why);
					}
				}
			});
			before.keySet()
				.stream()
				.filter((id) -> !after.containsKey(id) && !listed.contains(new Key(array, id, null)))
				.forEach((id) -> problem(array + " \"" + id + "\"", "", "removed, but " + why));
		}
		Map<Key, List<JsonNode>> before = conflicts(previous);
		conflicts(current).forEach((key, values) -> {
			if (!values.equals(before.get(key)) && !listed.contains(key)) {
				problem("conflicts \"" + key.id() + "\" (" + key.field() + ")", "values",
						"a disagreement added or changed, but " + why);
			}
		});
	}

	/** A listed change is in the file, with the value it names. */
	private void inFile(JsonNode change, JsonNode current, JsonNode previous, String before) {
		String entity = change.get("entity").asString();
		String id = change.get("id").asString();
		String field = text(change, "field");
		String kind = change.get("kind").asString();
		String to = text(change, "to");
		String from = text(change, "from");
		String item = "releases \"" + current.get("releases").get(0).get("version").asString() + "\" change " + entity
				+ " \"" + id + "\"";
		if (entity.equals("conflicts")) {
			List<JsonNode> values = conflicts(current).get(new Key(entity, id, field));
			if (values == null) {
				problem(item, (field != null) ? field : "field", "no disagreement on this item and field in the file");
			}
			else if (to != null && values.stream().noneMatch((value) -> to.equals(value.get("value").asString()))) {
				problem(item, "to", "\"" + to + "\" is none of the disagreement's values");
			}
			return;
		}
		JsonNode now = byId(current.get(entity)).get(id);
		JsonNode old = byId(previous.get(entity)).get(id);
		if (now == null) {
			problem(item, "id", "no such item in " + entity);
			return;
		}
		if (field == null) {
			if ((kind.equals("added") || kind.equals("source-added")) && old != null) {
				problem(item, "kind", "the item was in release " + before + " already");
			}
			if (kind.equals("source-added") && !Objects.equals(to, text(now, "url"))) {
				problem(item, "to", "is not the source's url " + text(now, "url"));
			}
			return;
		}
		JsonNode value = at(now, field);
		JsonNode was = (old != null) ? at(old, field) : null;
		if (!kind.equals("retired") && absent(value)) {
			problem(item, field, "listed as " + kind + " to \"" + to + "\", but the file holds no value there");
		}
		else if (!absent(value) && (to == null || !matches(to, value))) {
			problem(item, "to", "\"" + to + "\" does not name the file's value " + shortly(value));
		}
		if (Objects.equals(value, was)) {
			problem(item, field, "listed as a change, but the value is the same as in release " + before);
		}
		else if (from == null && !absent(was)) {
			problem(item, "from", "is empty, but release " + before + " held " + shortly(was));
		}
		else if (from != null && (absent(was) || !matches(from, was))) {
			problem(item, "from", "\"" + from + "\" does not name release " + before + "'s value "
					+ (absent(was) ? "(none)" : shortly(was)));
		}
	}

	/**
	 * Whether a change's short text names a value: a number as a number (30 or 30.0), an
	 * amount with its currency, a range with both ends, text and booleans as written.
	 */
	static boolean matches(String text, JsonNode value) {
		if (value.isObject()) {
			if (value.has("value")) {
				return (absent(value.get("value")) || matches(text, value.get("value")))
						&& (!value.hasNonNull("currency") || text.contains(value.get("currency").asString()));
			}
			if (value.has("min") && value.has("max")) {
				return matches(text, value.get("min")) && matches(text, value.get("max"));
			}
			return true;
		}
		if (value.isNumber()) {
			BigDecimal number = value.decimalValue();
			for (String form : new LinkedHashSet<>(
					List.of(number.stripTrailingZeros().toPlainString(), number.toPlainString(), value.asString()))) {
				if (Pattern.compile("(?<![0-9.])" + Pattern.quote(form) + "(?![0-9])").matcher(text).find()) {
					return true;
				}
			}
			return false;
		}
		return text.contains(value.asString());
	}

	private static Map<String, JsonNode> byId(JsonNode items) {
		Map<String, JsonNode> map = new LinkedHashMap<>();
		if (items != null) {
			items.forEach((item) -> map.put(item.get("id").asString(), item));
		}
		return map;
	}

	/** Disagreements by item and field (an item can have more than one on a field). */
	private static Map<Key, List<JsonNode>> conflicts(JsonNode catalog) {
		Map<Key, List<JsonNode>> map = new LinkedHashMap<>();
		for (JsonNode conflict : catalog.get("conflicts")) {
			Key key = new Key("conflicts", conflict.get("entity_id").asString(), conflict.get("field").asString());
			List<JsonNode> values = map.computeIfAbsent(key, (k) -> new ArrayList<>());
			conflict.get("values").forEach(values::add);
		}
		return map;
	}

	/** The value at a dotted path, or null. */
	private static JsonNode at(JsonNode item, String path) {
		JsonNode node = item;
		for (String part : path.split("\\.")) {
			node = (node == null || node.isNull()) ? null : node.get(part);
		}
		return node;
	}

	private static boolean absent(JsonNode node) {
		return node == null || node.isNull();
	}

	private static String shortly(JsonNode node) {
		String text = absent(node) ? "(none)" : node.toString();
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private void problem(String item, String field, String what) {
		this.problems.add(DataFile.problem(this.file, item, field, what));
	}

	private record Key(String entity, String id, String field) {
	}

}
