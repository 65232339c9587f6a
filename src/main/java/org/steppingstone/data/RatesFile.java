package org.steppingstone.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference exchange rates beside the catalog ({@code catalog/rates.json}, with its
 * JSON Schema {@code rates.schema.json}): checked by the build as the catalog is
 * ({@link CatalogCheck} records the digest of what passed in {@code rates.checked}), and
 * loaded into {@code exchange_rates} and {@code exchange_rate_sources} by the repeatable
 * migration {@code db.migration.R__Rates}.
 */
public final class RatesFile {

	public static final String DEFAULT_LOCATION = "classpath:catalog/rates.json";

	private static final String SCHEMA_LOCATION = "classpath:catalog/rates.schema.json";

	static final String CHECKED_LOCATION = "classpath:catalog/rates.checked";

	/** Changes whenever the rows this loader writes change. */
	public static final int LOADER_VERSION = 1;

	private final String name;

	private final byte[] content;

	private final byte[] schema;

	private final String checkedByBuild;

	private RatesFile(String name, byte[] content, byte[] schema, String checkedByBuild) {
		this.name = name;
		this.content = content;
		this.schema = schema;
		this.checkedByBuild = checkedByBuild;
	}

	public static RatesFile at(String location, ClassLoader classLoader) {
		DefaultResourceLoader loader = new DefaultResourceLoader(classLoader);
		Resource resource = loader.getResource(location);
		Resource checked = loader.getResource(CHECKED_LOCATION);
		return new RatesFile((resource.getFilename() != null) ? resource.getFilename() : location,
				read(resource, location), read(loader.getResource(SCHEMA_LOCATION), SCHEMA_LOCATION), checked.exists()
						? new String(read(checked, CHECKED_LOCATION), StandardCharsets.US_ASCII).strip() : null);
	}

	/** Flyway loads the rates again when this changes. */
	public int checksum() {
		return checksum(LOADER_VERSION);
	}

	/** The checksum as the loader of that version computed it. */
	public int checksum(int loaderVersion) {
		CRC32 crc = new CRC32();
		crc.update(this.content);
		crc.update(this.schema);
		crc.update(loaderVersion);
		return (int) crc.getValue();
	}

	/** The file's name, for messages. */
	public String name() {
		return this.name;
	}

	/**
	 * The file's own release, for {@link ForwardOnly}: the date its rates were retrieved,
	 * as a version ({@code 2026.12.04}); null when the file gives none.
	 */
	public String release() {
		try {
			String retrieved = JsonMapper.builder()
				.build()
				.readTree(this.content)
				.path("source")
				.path("retrieved")
				.asString(null);
			return (retrieved != null && retrieved.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) ? retrieved.replace('-', '.')
					: null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * The query for the release of the rates in the database, as {@link #release()} gives
	 * a file's.
	 */
	public static final String RELEASE_QUERY = "select replace(cast(retrieved as varchar(10)), '-', '.')"
			+ " from exchange_rate_sources";

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
	 * The file, checked against its schema and for a currency given twice unless the
	 * build checked this very file already.
	 * @throws InvalidCatalogException naming the file, the currency and the field
	 */
	public JsonNode validated() {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode root = parse(mapper);
		if (!digest().equals(this.checkedByBuild)) {
			check(mapper, root);
		}
		return root;
	}

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
			String what = error.getMessage();
			problems.add(CatalogFile.problem(this.name, error.getInstanceLocation().toString(),
					(error.getProperty() != null) ? error.getProperty() : "",
					what.substring(what.indexOf(':') + 1).strip()));
		}
		Set<String> seen = new HashSet<>();
		for (JsonNode rate : root.path("rates")) {
			String currency = rate.path("currency").asString("");
			if (!seen.add(currency)) {
				problems.add(CatalogFile.problem(this.name, "rates \"" + currency + "\"", "currency", "given twice"));
			}
			try {
				java.util.Currency.getInstance(currency);
			}
			catch (IllegalArgumentException ex) {
				problems.add(CatalogFile.problem(this.name, "rates \"" + currency + "\"", "currency",
						"not an ISO 4217 currency"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(this.name, problems.stream().distinct().toList());
		}
	}

	/**
	 * Replaces the rows of both tables with the file's, on the migration's connection.
	 */
	public static void load(JsonNode root, Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM exchange_rates");
			statement.executeUpdate("DELETE FROM exchange_rate_sources");
		}
		JsonNode source = root.path("source");
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO exchange_rate_sources (id, title, "
				+ "publisher, url, via, republished_by, republished_url, retrieved, summary) "
				+ "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, source.path("title").asString());
			insert.setString(2, source.path("publisher").asString());
			insert.setString(3, source.path("url").asString());
			insert.setString(4, source.path("via").asString(null));
			insert.setString(5, source.path("republished_by").asString(null));
			insert.setString(6, source.path("republished_url").asString(null));
			insert.setDate(7, Date.valueOf(LocalDate.parse(source.path("retrieved").asString())));
			insert.setString(8, root.path("about").asString());
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO exchange_rates (currency, per_usd, period, kind) VALUES (?, ?, ?, ?)")) {
			for (JsonNode rate : root.path("rates")) {
				insert.setString(1, rate.path("currency").asString());
				insert.setBigDecimal(2, new BigDecimal(rate.path("per_usd").asString()));
				insert.setString(3, rate.path("period").asString());
				insert.setString(4, rate.path("kind").asString());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static byte[] read(Resource resource, String location) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the rates file " + location, ex);
		}
	}

}
