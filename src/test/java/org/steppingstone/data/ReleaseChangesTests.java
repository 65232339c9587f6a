package org.steppingstone.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppingstone.CatalogJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The build's catalog check compares the newest release's list of changes with the file
 * of the release before it (kept in data/releases): a change the list leaves out, and a
 * listed change the file does not hold, fail the build naming the file, the item and the
 * field.
 */
class ReleaseChangesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path RELEASES = Path.of("data", "releases");

	private static final String ZLC = "zlc-master-logistics-supply-chain-management";

	@TempDir
	Path dir;

	@Test
	void shouldFindEveryChangeOfTheReleaseListedAndEveryListedChangeInTheFile() throws Exception {
		assertThat(ReleaseChanges.check("catalog.json", CatalogJson.root(), RELEASES)).isEmpty();
		assertThat(CatalogJson.array("releases").get(1).get("version").asString()).isEqualTo("1.3");
		assertThat(RELEASES.resolve("catalog-1.3.json")).exists();
	}

	@Test
	void shouldNameAChangeThatTheReleaseDoesNotList() throws Exception {
		ObjectNode catalog = edited();
		ObjectNode degree = (ObjectNode) CatalogJson.find(catalog.get("degrees"), "hkust-msc-big-data-technology");
		((ObjectNode) degree.get("tuition")).put("value", 250000);
		ObjectNode program = (ObjectNode) CatalogJson.find(catalog.get("programs"), "mitx-finance");
		program.put("status", "retired");

		assertThat(ReleaseChanges.check("catalog.json", catalog, RELEASES)).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("catalog.json: degrees \"hkust-msc-big-data-technology\" field tuition: changed from")
				.endsWith("but release 1.4 lists no change for it"))
			.anySatisfy((problem) -> assertThat(problem).isEqualTo(
					"catalog.json: programs \"mitx-finance\" field status: changed from \"active\" to \"retired\","
							+ " but release 1.4 lists no change for it"));
	}

	@Test
	void shouldNameAnItemAddedWithoutAChange() throws Exception {
		ObjectNode catalog = edited();
		ArrayNode changes = (ArrayNode) catalog.get("releases").get(0).get("changes");
		for (int i = changes.size() - 1; i >= 0; i--) {
			if (changes.get(i).get("id").asString().equals(ZLC) && changes.get(i).get("field").isNull()) {
				changes.remove(i);
			}
		}
		assertThat(ReleaseChanges.check("catalog.json", catalog, RELEASES)).containsExactly(
				"catalog.json: degrees \"" + ZLC + "\": added since 1.3, but release 1.4 lists no change for it");
	}

	@Test
	void shouldNameAListedChangeWithoutItsValueInTheFile() throws Exception {
		ObjectNode catalog = edited();
		ObjectNode degree = (ObjectNode) CatalogJson.find(catalog.get("degrees"), ZLC);
		((ObjectNode) degree.get("tuition")).put("currency", "USD");
		ObjectNode utec = (ObjectNode) CatalogJson.find(catalog.get("degrees"), "utec-blended-masters-data-science");
		utec.set("tuition", null);

		List<String> problems = ReleaseChanges.check("catalog.json", catalog, RELEASES);
		assertThat(problems).contains(
				"catalog.json: releases \"1.4\" change degrees \"" + ZLC + "\" field to: \"EUR 24300 (whole degree,"
						+ " residential, edition of August 2026)\" does not name the file's value "
						+ shortly(degree.get("tuition")),
				"catalog.json: releases \"1.4\" change degrees \"utec-blended-masters-data-science\" field tuition:"
						+ " listed as added to \"USD 6310 (whole degree, 2019 intake)\", but the file holds no value there");
	}

	@Test
	void shouldNameADisagreementListedButNotInTheFile() throws Exception {
		ObjectNode catalog = edited();
		ArrayNode conflicts = (ArrayNode) catalog.get("conflicts");
		for (int i = conflicts.size() - 1; i >= 0; i--) {
			if (conflicts.get(i).get("entity_id").asString().equals("utec-blended-masters-data-science")
					&& conflicts.get(i).get("field").asString().equals("title")) {
				conflicts.remove(i);
			}
		}
		assertThat(ReleaseChanges.check("catalog.json", catalog, RELEASES))
			.containsExactly("catalog.json: releases \"1.4\" change conflicts \"utec-blended-masters-data-science\""
					+ " field title: no disagreement on this item and field in the file");
	}

	@Test
	void shouldRefuseChangesToAPublishedReleaseUntilANewOneListsThem() throws Exception {
		Files.copy(CatalogJson.FILE, this.dir.resolve("catalog-1.4.json"));
		Files.copy(RELEASES.resolve("catalog-1.3.json"), this.dir.resolve("catalog-1.3.json"));
		assertThat(ReleaseChanges.check("catalog.json", CatalogJson.root(), this.dir)).isEmpty();

		ObjectNode catalog = edited();
		// Added in 1.4, so only the published file of 1.4 tells this edit from the
		// release.
		((ObjectNode) CatalogJson.find(catalog.get("degrees"), ZLC)).put("delivery", "blended");
		assertThat(ReleaseChanges.check("catalog.json", catalog, this.dir)).containsExactly(
				"catalog.json: degrees \"" + ZLC + "\" field delivery: changed from \"on-campus\" to \"blended\", but"
						+ " release 1.4 is published and no later release lists this change: add one at the top of"
						+ " releases");
	}

	@Test
	void shouldSayWhyItCannotCheckWithoutTheEarlierFile() throws Exception {
		assertThat(ReleaseChanges.check("catalog.json", CatalogJson.root(), this.dir))
			.containsExactly("catalog.json: releases \"1.4\" field changes: cannot be checked: no copy of release 1.3"
					+ " at " + this.dir.resolve("catalog-1.3.json")
					+ " (keep each release's file there as it was released)");
	}

	@Test
	void shouldFailTheBuildsCheckOnAnUnlistedChangeAndRecordNothing() throws Exception {
		ObjectNode catalog = edited();
		((ObjectNode) CatalogJson.find(catalog.get("programs"), "mitx-finance")).put("course_count", 6);
		Path file = this.dir.resolve("catalog.json");
		Files.writeString(file, JSON.writeValueAsString(catalog));

		assertThatThrownBy(() -> CatalogCheck
			.main(new String[] { this.dir.toString(), "--releases=" + RELEASES, file.toUri().toString() }))
			.isInstanceOfSatisfying(InvalidCatalogException.class,
					(ex) -> assertThat(ex.problems()).singleElement()
						.asString()
						.startsWith("catalog.json: programs \"mitx-finance\" field course_count: "));
		assertThat(this.dir.resolve("catalog/catalog.checked")).doesNotExist();
	}

	private static ObjectNode edited() throws Exception {
		return (ObjectNode) JSON.readTree(CatalogJson.FILE.toFile());
	}

	private static String shortly(JsonNode node) {
		String text = node.toString();
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

}
