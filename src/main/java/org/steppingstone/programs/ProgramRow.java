package org.steppingstone.programs;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ShareCredited;

/**
 * One program in the catalog list, with what the list filters and sorts by.
 *
 * @param program the program and its offering institution
 * @param pathways its pathways to a degree or institution, by program title
 * @param bestShare the largest share of a receiving degree the credential counts for, or
 * null when none is known
 * @param hasCreditPathway whether any pathway grants credit
 * @param receivingCountries the countries of the receiving institutions
 * @param searchText lower-case text the {@code q} filter searches: titles of program and
 * courses, institution names
 */
public record ProgramRow(Program program, List<Pathway> pathways, BigDecimal bestShare, boolean hasCreditPathway,
		Set<String> receivingCountries, String searchText) {

	/** The number of pathways to a degree or institution. */
	public int pathwayCount() {
		return this.pathways.size();
	}

	/**
	 * The most of a degree a university may credit, where no pathway states the share it
	 * grants but one states a ceiling; null otherwise.
	 */
	public BigDecimal shareCeiling() {
		return (this.bestShare != null) ? null : ShareCredited.of(this.pathways, (id) -> null).ceiling();
	}

	/**
	 * The pathway that grants the program's largest share, the first by id when several
	 * do; null when no share is known.
	 */
	public Pathway bestSharePathway() {
		if (this.bestShare == null) {
			return null;
		}
		return this.pathways.stream()
			.filter((p) -> p.getCreditSharePercent() != null
					&& p.getCreditSharePercent().compareTo(this.bestShare) == 0)
			.min(Comparator.comparing(Pathway::getId))
			.orElse(null);
	}

}
