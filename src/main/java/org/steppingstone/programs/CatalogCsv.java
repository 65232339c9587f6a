package org.steppingstone.programs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * The catalog's lists as CSV (RFC 4180): a header row, then one record per program or
 * pathway with every figure its list shows, each beside its source id and the date it is
 * known to hold, and the address of its page. Empty cells are values no source states.
 */
final class CatalogCsv {

	static final String[] PROGRAM_COLUMNS = { "id", "title", "url", "institution", "institution_id", "field",
			"course_count", "price_usd", "price_note", "price_computed", "price_source", "price_as_of",
			"length_months_min", "length_months_max", "length_source", "length_as_of", "pathway_count",
			"best_credit_share_percent", "best_credit_share_pathway", "best_credit_share_sources",
			"best_credit_share_as_of" };

	static final String[] PATHWAY_COLUMNS = { "id", "url", "program_id", "program_title", "program_institution",
			"degree_id", "degree_title", "receiving_institution", "receiving_institution_id", "receiving_country",
			"kind", "credit_value", "credit_unit", "credit_share_percent", "credit_share_basis", "status", "sources",
			"as_of" };

	/**
	 * Several source ids in one cell: ids are slugs, so a space never occurs inside one.
	 */
	private static final String SOURCE_SEPARATOR = " ";

	private CatalogCsv() {
	}

	/**
	 * @param rows the programs, filtered and sorted as the list shows them
	 * @param pathways every pathway with its sources, for the provenance of each
	 * program's largest credit share
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	static String programs(List<ProgramRow> rows, List<Pathway> pathways, String baseUrl) {
		Map<String, List<Pathway>> byProgram = pathways.stream()
			.collect(Collectors.groupingBy((p) -> p.getProgram().getId()));
		List<List<Object>> records = new ArrayList<>();
		for (ProgramRow row : rows) {
			Program program = row.program();
			SourcedAmount price = program.getPrice();
			SourcedRange length = program.getLength();
			Pathway best = bestShare(row, byProgram.getOrDefault(program.getId(), List.of()));
			records.add(Arrays.asList(program.getId(), program.getTitle(), baseUrl + "/programs/" + program.getId(),
					program.getInstitution().getName(), program.getInstitution().getId(), program.getField().getLabel(),
					program.getCourseCount(), (price != null) ? price.value() : null,
					(price != null) ? price.note() : null, (price != null) ? price.computed() : null,
					(price != null) ? price.sourceId() : null, (price != null) ? price.asOf() : null,
					(length != null) ? length.min() : null, (length != null) ? length.max() : null,
					(length != null) ? length.sourceId() : null, (length != null) ? length.asOf() : null,
					row.pathwayCount(), row.bestShare(), (best != null) ? best.getId() : null,
					(best != null) ? String.join(SOURCE_SEPARATOR, best.getSourceIds()) : null,
					(best != null) ? best.getAsOf() : null));
		}
		return write(PROGRAM_COLUMNS, records);
	}

	/**
	 * @param pathways the pathways, filtered as the list shows them, with their sources
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	static String pathways(List<Pathway> pathways, String baseUrl) {
		List<List<Object>> records = new ArrayList<>();
		for (Pathway w : pathways) {
			Degree degree = w.getDegree();
			records.add(Arrays.asList(w.getId(), baseUrl + "/pathways/" + w.getId(), w.getProgram().getId(),
					w.getProgram().getTitle(), w.getProgram().getInstitution().getName(),
					(degree != null) ? degree.getId() : null, (degree != null) ? degree.getTitle() : null,
					w.getInstitution().getName(), w.getInstitution().getId(), w.getInstitution().getCountry(),
					w.getKind(), w.getCreditValue(), w.getCreditUnit(), w.getCreditSharePercent(),
					w.getCreditShareBasis(), w.getStatus(), String.join(SOURCE_SEPARATOR, w.getSourceIds()),
					w.getAsOf()));
		}
		return write(PATHWAY_COLUMNS, records);
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
				printer.printRecord(record.stream().map(CatalogCsv::cell));
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

	/**
	 * The pathway that grants the program's largest share, the first by id when several
	 * do.
	 */
	private static Pathway bestShare(ProgramRow row, List<Pathway> pathways) {
		if (row.bestShare() == null) {
			return null;
		}
		return pathways.stream()
			.filter((p) -> p.getCreditSharePercent() != null
					&& p.getCreditSharePercent().compareTo(row.bestShare()) == 0)
			.min(Comparator.comparing(Pathway::getId))
			.orElse(null);
	}

}
