package org.steppingstone.system;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;

/**
 * The site's lists as CSV (RFC 4180) downloads: a header row, then one record per item.
 * Empty cells are values no source states. A filter the list would refuse is answered 400
 * with the reason as plain text.
 */
public final class Csv {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/**
	 * Several source ids in one cell: ids are slugs, so a space never occurs inside one.
	 */
	public static final String SOURCE_SEPARATOR = " ";

	private Csv() {
	}

	/** The records under their header, as a download named {@code filename}. */
	public static ResponseEntity<String> attachment(String filename, String[] header, List<List<Object>> records) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(write(header, records));
	}

	/** Each refused filter by name with what it allows; never the value sent. */
	public static ResponseEntity<String> refusal(BindingResult result, MessageSource messages, Locale locale) {
		String reasons = result.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + messages.getMessage(error, locale))
			.collect(Collectors.joining("\n"));
		String body = messages.getMessage("export.error", null, locale) + "\n" + reasons + "\n";
		return ResponseEntity.badRequest()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(body);
	}

	/**
	 * Writes a header and records, quoting a value only when it holds a comma, a quote or
	 * a line break. Numbers are written in plain notation, null as an empty cell.
	 */
	static String write(String[] header, List<List<Object>> records) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<Object> record : records) {
				printer.printRecord(record.stream().map(Csv::cell));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static Object cell(Object value) {
		return (value instanceof BigDecimal number) ? number.toPlainString() : value;
	}

}
