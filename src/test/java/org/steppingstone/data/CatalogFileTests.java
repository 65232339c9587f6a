package org.steppingstone.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppingstone.CatalogJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog's data file passes its JSON Schema, and a file that does not is refused
 * with a message naming the file, the item's id and the field.
 */
class CatalogFileTests {

	private static final ClassLoader LOADER = CatalogFileTests.class.getClassLoader();

	@TempDir
	Path dir;

	@Test
	void shouldAcceptTheReleasesCatalog() {
		JsonNode catalog = CatalogFile.at(CatalogFile.DEFAULT_LOCATION, LOADER).validated();
		assertThat(catalog.get("catalog_version").asString()).isEqualTo("1.4");
		assertThat(catalog.get("programs")).hasSize(26);
	}

	@Test
	void shouldNameTheFileTheItemAndTheFieldOfEveryMistake() {
		assertThatThrownBy(() -> CatalogFile.at("classpath:catalog-broken/catalog.json", LOADER).validated())
			.isInstanceOfSatisfying(InvalidCatalogException.class, (ex) -> {
				assertThat(ex.problems()).hasSize(2);
				assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem)
					.startsWith("catalog.json: degrees \"a-degree\" field tuition.currency: ")
					.contains("^[A-Z]{3}$"));
				assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem)
					.startsWith("catalog.json: degrees \"another-degree\" field delivery: "));
				assertThat(ex.getMessage()).startsWith("catalog.json is not a valid catalog (2 problems)");
			});
	}

	@Test
	void shouldRefuseAMissingFieldAndAnUnknownOne() throws Exception {
		ObjectNode catalog = (ObjectNode) JsonMapper.builder().build().readTree(CatalogJson.FILE.toFile());
		ObjectNode course = (ObjectNode) catalog.get("courses").get(0);
		course.remove("elective");
		((ObjectNode) catalog.get("pathways").get(2)).put("credit_usd", 1000);
		Path file = write(catalog, "edited.json");

		assertThatThrownBy(() -> CatalogFile.at(file.toUri().toString(), LOADER).validated())
			.isInstanceOfSatisfying(InvalidCatalogException.class, (ex) -> {
				assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem)
					.startsWith("edited.json: courses \"" + course.get("id").asString() + "\" field elective: "));
				assertThat(ex.problems())
					.anySatisfy((problem) -> assertThat(problem).startsWith("edited.json: pathways \""
							+ catalog.get("pathways").get(2).get("id").asString() + "\" field credit_usd: "));
			});
	}

	@Test
	void shouldRefuseAReferenceToAnUnknownIdAndAnIdUsedTwice() throws Exception {
		ObjectNode catalog = (ObjectNode) JsonMapper.builder().build().readTree(CatalogJson.FILE.toFile());
		ObjectNode program = (ObjectNode) catalog.get("programs").get(0);
		((ObjectNode) program.get("price")).put("source_id", "no-such-source");
		((ObjectNode) catalog.get("degrees").get(0)).put("id", catalog.get("sources").get(0).get("id").asString());
		Path file = write(catalog, "catalog.json");

		assertThatThrownBy(() -> CatalogFile.at(file.toUri().toString(), LOADER).validated())
			.isInstanceOfSatisfying(InvalidCatalogException.class, (ex) -> {
				assertThat(ex.problems()).contains("catalog.json: programs \"" + program.get("id").asString()
						+ "\" field price.source_id: \"no-such-source\" is not an id in sources");
				assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem)
					.startsWith("catalog.json: degrees \"" + catalog.get("sources").get(0).get("id").asString()
							+ "\" field id: the id is used twice"));
			});
	}

	@Test
	void shouldRefuseACurrencyOutsideIso4217AndAShareOver100() throws Exception {
		ObjectNode catalog = (ObjectNode) JsonMapper.builder().build().readTree(CatalogJson.FILE.toFile());
		ObjectNode degree = (ObjectNode) CatalogJson.find(catalog.get("degrees"),
				"zlc-master-logistics-supply-chain-management");
		((ObjectNode) degree.get("tuition")).put("currency", "EUX");
		ObjectNode pathway = (ObjectNode) CatalogJson.find(catalog.get("pathways"),
				"polyu-international-hospitality-management-to-polyu-msc-international-hospitality-management");
		((ObjectNode) pathway.get("credit")).put("max_share_percent", 150.0);
		Path file = write(catalog, "catalog.json");

		assertThatThrownBy(() -> CatalogFile.at(file.toUri().toString(), LOADER).validated()).isInstanceOfSatisfying(
				InvalidCatalogException.class,
				(ex) -> assertThat(ex.problems()).singleElement()
					.asString()
					.startsWith("catalog.json: pathways \"" + pathway.get("id").asString()
							+ "\" field credit.max_share_percent: "));
		// A file within its schema is then checked for what the schema cannot say.
		((ObjectNode) pathway.get("credit")).put("max_share_percent", 50.0);
		Path currency = write(catalog, "catalog.json");
		assertThatThrownBy(() -> CatalogFile.at(currency.toUri().toString(), LOADER).validated())
			.isInstanceOfSatisfying(InvalidCatalogException.class,
					(ex) -> assertThat(ex.problems())
						.containsExactly("catalog.json: degrees \"" + degree.get("id").asString()
								+ "\" field tuition.currency: \"EUX\" is not an ISO 4217 currency code"));
	}

	@Test
	void shouldChangeTheChecksumWithTheFile() throws Exception {
		ObjectNode catalog = (ObjectNode) JsonMapper.builder().build().readTree(CatalogJson.FILE.toFile());
		Path same = write(catalog, "same.json");
		((ObjectNode) catalog.get("programs").get(0)).put("title", "Another title");
		Path edited = write(catalog, "edited.json");
		int checksum = CatalogFile.at(same.toUri().toString(), LOADER).checksum(CatalogLoader.VERSION);

		assertThat(CatalogFile.at(same.toUri().toString(), LOADER).checksum(CatalogLoader.VERSION)).isEqualTo(checksum);
		assertThat(CatalogFile.at(edited.toUri().toString(), LOADER).checksum(CatalogLoader.VERSION))
			.isNotEqualTo(checksum);
		assertThat(CatalogFile.at(same.toUri().toString(), LOADER).checksum(CatalogLoader.VERSION + 1))
			.isNotEqualTo(checksum);
	}

	@Test
	void shouldFailTheBuildsCheckOnABrokenFileAndRecordNothing() throws Exception {
		assertThatThrownBy(
				() -> CatalogCheck.main(new String[] { this.dir.toString(), "classpath:catalog-broken/catalog.json" }))
			.isInstanceOfSatisfying(InvalidCatalogException.class,
					(ex) -> assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem)
						.startsWith("catalog.json: degrees \"a-degree\" field tuition.currency: ")));
		assertThat(this.dir.resolve("catalog/catalog.checked")).doesNotExist();
	}

	@Test
	void shouldRecordWhatTheBuildCheckedSoThatStartUpOnlyParsesIt() throws Exception {
		CatalogCheck.main(new String[] { this.dir.toString() });
		CatalogFile release = CatalogFile.at(CatalogFile.DEFAULT_LOCATION, LOADER);
		assertThat(this.dir.resolve("catalog/catalog.checked")).content().isEqualToIgnoringNewLines(release.digest());
		// The build (process-classes) recorded the release's file: start-up skips the
		// checks for it, and only for it.
		assertThat(release.checkedByBuild()).isTrue();
		ObjectNode catalog = (ObjectNode) JsonMapper.builder().build().readTree(CatalogJson.FILE.toFile());
		((ObjectNode) catalog.get("degrees").get(0)).put("delivery", "by pigeon");
		CatalogFile edited = CatalogFile.at(write(catalog, "catalog.json").toUri().toString(), LOADER);
		assertThat(edited.checkedByBuild()).isFalse();
		assertThatThrownBy(edited::validated).isInstanceOfSatisfying(InvalidCatalogException.class,
				(ex) -> assertThat(ex.problems()).singleElement()
					.asString()
					.startsWith("catalog.json: degrees \"" + catalog.get("degrees").get(0).get("id").asString()
							+ "\" field delivery: "));
	}

	@Test
	void shouldStopFlywayOnABrokenFileNamingTheItemAndTheField() {
		Flyway flyway = Flyway.configure()
			.dataSource("jdbc:h2:mem:broken-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
			.locations("classpath:db/migration")
			.placeholders(Map.of("catalog", "classpath:catalog-broken/catalog.json"))
			.load();
		assertThatThrownBy(flyway::migrate).hasRootCauseInstanceOf(InvalidCatalogException.class)
			.rootCause()
			.hasMessageContaining("catalog.json: degrees \"a-degree\" field tuition.currency: ");
	}

	private Path write(JsonNode catalog, String name) throws Exception {
		Path file = this.dir.resolve(name);
		Files.writeString(file, JsonMapper.builder().build().writeValueAsString(catalog));
		return file;
	}

}
