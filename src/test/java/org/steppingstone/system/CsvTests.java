package org.steppingstone.system;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV writer on values the catalog does not hold (yet): quotes, line breaks, commas
 * and non-ASCII text come back unchanged when the output is parsed.
 */
class CsvTests {

	private static final String AWKWARD = "Say \"hi\", then\r\nleave: Université de Montréal — 東京, naïve";

	@Test
	void shouldReadBackEveryValueAsWritten() throws IOException {
		String[] header = { "title", "price", "missing", "flag" };
		String csv = Csv.write(header, List.of(Arrays.asList(AWKWARD, new BigDecimal("1350.50"), null, true),
				Arrays.asList("plain", new BigDecimal("1E+3"), "", false)));
		List<CSVRecord> records = parse(csv);
		assertThat(records).hasSize(2);
		assertThat(records.get(0).get("title")).isEqualTo(AWKWARD);
		assertThat(records.get(0).get("price")).isEqualTo("1350.50");
		assertThat(records.get(0).get("missing")).isEmpty();
		assertThat(records.get(0).get("flag")).isEqualTo("true");
		assertThat(records.get(1).get("title")).isEqualTo("plain");
		assertThat(records.get(1).get("price")).as("never scientific notation").isEqualTo("1000");
	}

	@Test
	void shouldQuoteOnlyWhatNeedsQuotingAndDoubleEmbeddedQuotes() {
		String csv = Csv.write(new String[] { "a", "b" }, List.of(Arrays.asList(AWKWARD, "plain")));
		assertThat(csv).startsWith("a,b\r\n")
			.contains("\"Say \"\"hi\"\", then\r\nleave: Université de Montréal — 東京, naïve\",plain\r\n");
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))) {
			return parser.getRecords();
		}
	}

}
