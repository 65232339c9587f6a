package org.steppingstone.pathways;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.ExchangeRates;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Titles;
import org.steppingstone.source.Provenance;
import org.steppingstone.source.ProvenanceLookup;

/**
 * The pathways: their list and each pathway's page with its route estimate, for the
 * pages, the CSV export and the API alike.
 */
@Service
@Transactional(readOnly = true)
public class PathwayCatalog {

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	private final ExchangeRates rates;

	PathwayCatalog(PathwayRepository pathways, ProvenanceLookup provenance, ExchangeRates rates) {
		this.rates = rates;
		this.pathways = pathways;
		this.provenance = provenance;
	}

	/** Every pathway as {@code /pathways} lists it. */
	public PathwayListing listing() {
		return new PathwayListing(Titles.pathways(this.pathways.findAllForListing()));
	}

	/**
	 * The same list with each pathway's conditions and sources: what the API and the CSV
	 * export state of each.
	 */
	public PathwayListing detailedListing() {
		return new PathwayListing(Titles.pathways(this.pathways.findAllWithDetails()));
	}

	/**
	 * A pathway with its route estimate from our sources' figures, and the sources of
	 * both.
	 */
	public Optional<PathwayPage> page(String id) {
		return page(id, CalculatorForm.of(null));
	}

	/**
	 * As {@link #page(String)}, totalled in the form's currency (already checked); the
	 * form's other figures are not read.
	 */
	public Optional<PathwayPage> page(String id, CalculatorForm form) {
		CalculatorForm inCurrency = CalculatorForm.of(null).withCurrency(form.currency());
		return this.pathways.findDetailById(id).map((pathway) -> {
			PathwayRoute route = PathwayRoute.of(pathway, inCurrency, this.rates.reference());
			List<String> sourceIds = new ArrayList<>(pathway.getSourceIds());
			sourceIds.addAll(route.sourceIds());
			return new PathwayPage(pathway, route, this.provenance.load(Map.of(id, pathway.label()), sourceIds));
		});
	}

	/**
	 * Everything a pathway's page shows.
	 *
	 * @param pathway the pathway with its program, degree, institutions, conditions and
	 * sources
	 * @param route its route estimate from our sources' figures
	 * @param provenance the sources of the pathway and of the figures its estimate starts
	 * from, and the disagreements about the pathway
	 */
	public record PathwayPage(Pathway pathway, PathwayRoute route, Provenance provenance) {
	}

}
