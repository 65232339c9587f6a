package org.steppingstone.programs;

import java.math.BigDecimal;
import java.util.Set;
import org.steppingstone.catalog.Program;

/**
 * One program in the catalog list, with what the list filters and sorts by.
 *
 * @param program the program and its offering institution
 * @param pathwayCount the number of pathways to a degree or institution
 * @param bestShare the largest share of a receiving degree the credential counts for, or
 * null when none is known
 * @param hasCreditPathway whether any pathway grants credit
 * @param receivingCountries the countries of the receiving institutions
 * @param searchText lower-case text the {@code q} filter searches: titles of program and
 * courses, institution names
 */
public record ProgramRow(Program program, int pathwayCount, BigDecimal bestShare, boolean hasCreditPathway,
		Set<String> receivingCountries, String searchText) {
}
