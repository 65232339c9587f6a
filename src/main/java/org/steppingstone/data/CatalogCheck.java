package org.steppingstone.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (Maven's process-classes phase): checks the release's catalog against
 * its schema and its ids, failing the build with the file, item and field of every
 * mistake, and records the digest of what passed in {@code catalog/catalog.checked}
 * beside it. At start-up the catalog migration then only parses a file with that digest
 * instead of checking it again; any other file is still checked in full there.
 */
public final class CatalogCheck {

	private CatalogCheck() {
	}

	/**
	 * Checks the catalog on the class path.
	 * @param args the output directory of the classes ({@code target/classes}), and
	 * optionally another catalog location than the release's
	 * @throws IOException when the record cannot be written
	 * @throws InvalidCatalogException naming every mistake
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			throw new IllegalArgumentException("usage: CatalogCheck CLASSES_DIRECTORY [CATALOG_LOCATION]");
		}
		Path record = Path.of(args[0], "catalog", "catalog.checked");
		Files.deleteIfExists(record);
		CatalogFile file = CatalogFile.at((args.length == 2) ? args[1] : CatalogFile.DEFAULT_LOCATION,
				CatalogCheck.class.getClassLoader());
		file.checked();
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
