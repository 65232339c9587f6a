package org.steppingstone.pathways;

import java.util.Comparator;
import java.util.List;

import org.springframework.validation.Validator;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Titles;

/**
 * Every pathway as {@code /pathways} lists it, with the choices of its filters: one place
 * for the page, its CSV export and the API.
 *
 * @param all every pathway, by program title
 */
public record PathwayListing(List<Pathway> all) {

	/** The receiving institutions, by name: the choices of the institution filter. */
	public List<Institution> institutions() {
		return this.all.stream()
			.map(Pathway::getInstitution)
			.distinct()
			.sorted(Titles.by(Institution::getName))
			.toList();
	}

	/** The receiving institutions' countries: the choices of the country filter. */
	public List<String> countries() {
		return institutions().stream().map(Institution::getCountry).distinct().sorted().toList();
	}

	/**
	 * Rejects a well-formed filter value that no pathway has: the query's check against
	 * this list.
	 */
	public Validator validator() {
		return new PathwayQueryValidator(this);
	}

	/**
	 * How many pathways the list has before its filters: the historical ones only when
	 * the query includes them.
	 */
	public int total(PathwayQuery query) {
		return (int) this.all.stream().filter(query::shows).count();
	}

	/**
	 * How many historical pathways the list leaves out of its count because the query
	 * does not include them: 0 when it does.
	 */
	public int historicalNotCounted(PathwayQuery query) {
		return (int) this.all.stream().filter((w) -> w.isHistorical() && !query.shows(w)).count();
	}

	/** The pathways that pass every filter of the query, in list order. */
	public List<Pathway> matching(PathwayQuery query) {
		return this.all.stream().filter(query.asPredicate()).toList();
	}

}
