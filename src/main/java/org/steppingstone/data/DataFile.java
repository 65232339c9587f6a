package org.steppingstone.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A data file on the curator's path (the catalog, the reference rates): the file and its
 * JSON Schema read from Spring resource locations, the digest the build recorded once
 * both passed every check ({@link CatalogCheck}), the checksum Flyway's repeatable
 * migration compares, and the checks themselves, which name the file, the item and the
 * field of every mistake. Each kind of file adds its own checks and its own release.
 */
public abstract class DataFile {

	private final String name;

	private final byte[] content;

	private final byte[] schema;

	private final String checkedByBuild;

	/**
	 * Reads the file at {@code location}, its schema, and what the build recorded of
	 * them.
	 */
	DataFile(String location, String schemaLocation, String checkedLocation, ClassLoader classLoader) {
		DefaultResourceLoader loader = new DefaultResourceLoader(classLoader);
		Resource resource = loader.getResource(location);
		Resource checked = loader.getResource(checkedLocation);
		this.name = (resource.getFilename() != null) ? resource.getFilename() : location;
		this.content = read(resource, location);
		this.schema = read(loader.getResource(schemaLocation), schemaLocation);
		this.checkedByBuild = checked.exists()
				? new String(read(checked, checkedLocation), StandardCharsets.US_ASCII).strip() : null;
	}

	/** The file's name, as error messages give it. */
	public String name() {
		return this.name;
	}

	/**
	 * A checksum of the file and its schema as the loader of that version computed it:
	 * Flyway runs the file's repeatable migration again when it changes.
	 */
	public int checksum(int loaderVersion) {
		CRC32 crc = new CRC32();
		crc.update(this.content);
		crc.update(this.schema);
		crc.update(loaderVersion);
		return (int) crc.getValue();
	}

	/**
	 * The file's own release, for {@link ForwardOnly}, or null when it gives none or is
	 * not JSON (then loading it fails, naming the mistake).
	 */
	public abstract String release();

	/** The file parsed, or the missing node when it is not JSON. */
	final JsonNode tree() {
		try {
			return JsonMapper.builder().build().readTree(this.content);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
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
	 * file, unchanged since.
	 */
	public boolean checkedByBuild() {
		return digest().equals(this.checkedByBuild);
	}

	/**
	 * The file, once it has passed every check. A file the build has checked already
	 * ({@link #checkedByBuild()}) is only parsed: the checks would find what they found
	 * then; any other file (edited since, or named by a placeholder) is checked in full.
	 * @throws InvalidCatalogException naming the file, each broken item and field
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
	 * The file, checked in full whatever the build recorded.
	 * @throws InvalidCatalogException naming the file, each broken item and field
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
		List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(mapper.readTree(this.schema))
			.validate(root);
		List<String> problems = problems(root, errors);
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(this.name, problems.stream().distinct().toList());
		}
	}

	/**
	 * Every mistake in the file, each as {@link #problem} words it: its schema's errors,
	 * then the checks a schema cannot make.
	 */
	abstract List<String> problems(JsonNode root, List<Error> schemaErrors);

	/** What a schema error says, without the location it starts with. */
	static String what(Error error) {
		String what = error.getMessage();
		return what.substring(what.indexOf(':') + 1).strip();
	}

	/** One mistake, as error messages give it: the file, the item, the field and what. */
	static String problem(String file, String item, String field, String what) {
		return file + ": " + item + ((field.isEmpty()) ? "" : " field " + field) + ": " + what;
	}

	private static byte[] read(Resource resource, String location) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the data file " + location, ex);
		}
	}

}
