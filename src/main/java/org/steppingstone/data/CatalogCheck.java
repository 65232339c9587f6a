package org.steppingstone.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Run by the build (Maven's process-classes phase): checks the release's catalog against
 * its schema, its ids and (given the directory of earlier releases' files) the newest
 * release's list of changes ({@link ReleaseChanges}), failing the build with the file,
 * item and field of every mistake, and records the digest of what passed in
 * {@code catalog/catalog.checked} beside it. At start-up the catalog migration then only
 * parses a file with that digest instead of checking it again; any other file is still
 * checked in full there.
 */
public final class CatalogCheck {

	private CatalogCheck() {
	}

	/**
	 * Checks the catalog on the class path.
	 * @param args the output directory of the classes ({@code target/classes}),
	 * optionally {@code --releases=DIR}, the directory of earlier releases' files
	 * ({@code data/releases}) to check the newest release's list of changes against, and
	 * optionally another catalog location than the release's
	 * @throws IOException when the record cannot be written
	 * @throws InvalidCatalogException naming every mistake
	 */
	public static void main(String[] args) throws IOException {
		Path releases = null;
		List<String> positional = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--releases=")) {
				releases = Path.of(arg.substring("--releases=".length()));
			}
			else {
				positional.add(arg);
			}
		}
		if (positional.isEmpty() || positional.size() > 2) {
			throw new IllegalArgumentException(
					"usage: CatalogCheck CLASSES_DIRECTORY [--releases=DIRECTORY] [CATALOG_LOCATION]");
		}
		Path record = Path.of(positional.get(0), "catalog", "catalog.checked");
		Files.deleteIfExists(record);
		CatalogFile file = CatalogFile.at((positional.size() == 2) ? positional.get(1) : CatalogFile.DEFAULT_LOCATION,
				CatalogCheck.class.getClassLoader());
		JsonNode catalog = file.checked();
		if (releases != null) {
			List<String> problems = ReleaseChanges.check(file.name(), catalog, releases);
			if (!problems.isEmpty()) {
				throw new InvalidCatalogException(file.name(), problems);
			}
		}
		Files.createDirectories(record.getParent());
		Files.writeString(record, file.digest() + "\n", StandardCharsets.US_ASCII);
		// The reference exchange rates beside it, checked the same way.
		Path ratesRecord = Path.of(args[0], "catalog", "rates.checked");
		Files.deleteIfExists(ratesRecord);
		RatesFile rates = RatesFile.at(RatesFile.DEFAULT_LOCATION, CatalogCheck.class.getClassLoader());
		rates.checked();
		Files.writeString(ratesRecord, rates.digest() + "\n", StandardCharsets.US_ASCII);
	}

}
