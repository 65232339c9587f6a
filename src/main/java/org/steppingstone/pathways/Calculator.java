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
 * What {@code /calculator} shows: the pathways to choose from, or one pathway's route
 * estimate with the learner's figures.
 */
@Service
@Transactional(readOnly = true)
public class Calculator {

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	private final ExchangeRates rates;

	Calculator(PathwayRepository pathways, ProvenanceLookup provenance, ExchangeRates rates) {
		this.pathways = pathways;
		this.provenance = provenance;
		this.rates = rates;
	}

	/** Every pathway, by its label as the menu shows it. */
	public List<Pathway> choices() {
		return Titles.sorted(this.pathways.findAllForListing(), Pathway::label);
	}

	/**
	 * The form's pathway, with its estimate when the form is valid; empty when the
	 * pathway is not in the catalog.
	 */
	public Optional<CalculatorPage> page(CalculatorForm form, boolean valid) {
		return this.pathways.findDetailById(form.getPathway()).map((pathway) -> {
			if (!valid) {
				return new CalculatorPage(pathway, null, null);
			}
			// Our figures in another currency are converted here, with the learner's
			// rate, before the arithmetic sees them; never without one.
			PathwayRoute route = PathwayRoute.of(pathway, form, this.rates.reference());
			List<String> sourceIds = new ArrayList<>(route.sourceIds());
			sourceIds.addAll(pathway.getSourceIds());
			return new CalculatorPage(pathway, route, this.provenance.load(Map.of(), sourceIds));
		});
	}

	/**
	 * @param pathway the pathway with its program and degree
	 * @param route the estimate, or null when the form has errors
	 * @param provenance the sources of the figures, or null when the form has errors
	 */
	public record CalculatorPage(Pathway pathway, PathwayRoute route, Provenance provenance) {
	}

}
