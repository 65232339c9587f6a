package org.steppingstone.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One catalog data file (the shape of catalog.json 1.3 and later), read from a Spring
 * resource location such as {@code classpath:catalog/catalog.json} or {@code file:/path}.
 */
public final class CatalogFile {

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

	private final String name;

	private final byte[] content;

	private final byte[] schema;

	private final String checkedByBuild;

	private CatalogFile(String name, byte[] content, byte[] schema, String checkedByBuild) {
		this.name = name;
		this.content = content;
		this.schema = schema;
		this.checkedByBuild = checkedByBuild;
	}

	/** The file at a resource location, read but not yet parsed. */
	public static CatalogFile at(String location, ClassLoader classLoader) {
		DefaultResourceLoader loader = new DefaultResourceLoader(classLoader);
		Resource resource = loader.getResource(location);
		Resource checked = loader.getResource(CHECKED_LOCATION);
		return new CatalogFile((resource.getFilename() != null) ? resource.getFilename() : location,
				read(resource, location), read(loader.getResource(SCHEMA_LOCATION), SCHEMA_LOCATION), checked.exists()
						? new String(read(checked, CHECKED_LOCATION), StandardCharsets.US_ASCII).strip() : null);
	}

	/** The file's name, as error messages give it. */
	public String name() {
		return this.name;
	}

	/**
	 * A checksum of the file and its schema: Flyway re-runs the catalog migration when it
	 * changes.
	 */
	public int checksum(int loaderVersion) {
		CRC32 crc = new CRC32();
		crc.update(this.content);
		crc.update(this.schema);
		crc.update(loaderVersion);
		return (int) crc.getValue();
	}

	/**
	 * The newest release the file lists ({@code releases[].version}, compared as version
	 * numbers), or null when it lists none or is not JSON (then loading it fails, naming
	 * the mistake).
	 */
	public String release() {
		JsonNode releases;
		try {
			releases = JsonMapper.builder().build().readTree(this.content).path("releases");
		}
		catch (JacksonException ex) {
			return null;
		}
		MigrationVersion newest = null;
		for (JsonNode release : releases) {
			String version = release.path("version").asString(null);
			if (version != null && version.matches("[0-9]+(\\.[0-9]+)*")) {
				MigrationVersion candidate = MigrationVersion.fromVersion(version);
				newest = (newest == null || candidate.isNewerThan(newest)) ? candidate : newest;
			}
		}
		return (newest != null) ? newest.getVersion() : null;
	}

	/**
	 * The digest of the file and its schema: what the build records once they have passed
	 * every check.
	 */
	String digest() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(this.content);
			sha.update(this.schema);
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Whether the build checked this very file against this very schema: the release's
	 * catalog, unchanged since.
	 */
	public boolean checkedByBuild() {
		return digest().equals(this.checkedByBuild);
	}

	/**
	 * The catalog, once it has passed the schema and every id it refers to exists. A file
	 * the build has checked already ({@link #checkedByBuild()}) is only parsed: the
	 * checks would find what they found then; any other file (edited since, or named by
	 * the {@code catalog} placeholder) is checked in full.
	 * @throws InvalidCatalogException naming the file, each broken item's id and field
	 */
	public JsonNode validated() {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode root = parse(mapper);
		if (!checkedByBuild()) {
			check(mapper, root);
		}
		return root;
	}

	/**
	 * The catalog, checked in full whatever the build recorded.
	 * @throws InvalidCatalogException naming the file, each broken item's id and field
	 */
	JsonNode checked() {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode root = parse(mapper);
		check(mapper, root);
		return root;
	}

	private JsonNode parse(JsonMapper mapper) {
		try {
			return mapper.readTree(this.content);
		}
		catch (JacksonException ex) {
			throw new InvalidCatalogException(this.name, "not JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private void check(JsonMapper mapper, JsonNode root) {
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(mapper.readTree(this.schema));
		List<String> problems = new ArrayList<>();
		for (Error error : schema.validate(root)) {
			problems.add(describe(root, error));
		}
		if (problems.isEmpty()) {
			problems.addAll(new CatalogReferences(this.name, root).problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(this.name, problems.stream().distinct().toList());
		}
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
		String what = error.getMessage();
		return problem(this.name, item, String.join(".", field), what.substring(what.indexOf(':') + 1).strip());
	}

	/** One mistake, as error messages give it: the file, the item, the field and what. */
	static String problem(String file, String item, String field, String what) {
		return file + ": " + item + ((field.isEmpty()) ? "" : " field " + field) + ": " + what;
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

	private static byte[] read(Resource resource, String location) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the catalog file " + location, ex);
		}
	}

}
