package org.steppingstone.pathways;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Validator;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.ExchangeRates;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.catalog.WhatIf;
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

	private final ProgramRepository programs;

	private final DegreeRepository degrees;

	Calculator(PathwayRepository pathways, ProvenanceLookup provenance, ExchangeRates rates, ProgramRepository programs,
			DegreeRepository degrees) {
		this.pathways = pathways;
		this.provenance = provenance;
		this.rates = rates;
		this.programs = programs;
		this.degrees = degrees;
	}

	/** Every program and every degree, by title, for the pair's menus. */
	public PairChoices pairChoices() {
		return new PairChoices(Titles.sorted(this.programs.findAllWithInstitution(), Program::getTitle),
				Titles.sorted(this.degrees.findAllWithInstitution(), Degree::getTitle));
	}

	/**
	 * The checks of the form that need the catalog and the reference rates: a pair's
	 * MicroMasters and Master's, a pathway route's lengths and currency.
	 */
	Validator validator() {
		return new CalculatorFormValidator(this.rates.reference(), this.programs::existsById, this.degrees::existsById);
	}

	/**
	 * Any MicroMasters with any Master's, as a form that passed {@link #validator()}
	 * names them: both in a row without credit, against the Master's alone, and the
	 * pathway that links them when there is one (its own calculator keeps its credit).
	 * @return the answer, or empty when the catalog no longer has one of them
	 */
	public Optional<PairPage> pair(CalculatorForm form) {
		Program program = this.programs.findDetailById(form.program()).orElse(null);
		Degree degree = this.degrees.findDetailById(form.degree()).orElse(null);
		if (program == null || degree == null) {
			return Optional.empty();
		}
		Pathway linking = this.pathways.findAllForListing()
			.stream()
			.filter((w) -> w.getProgram().getId().equals(program.getId()) && w.getDegree() != null
					&& w.getDegree().getId().equals(degree.getId()))
			.findFirst()
			.orElse(null);
		return Optional.of(new PairPage(WhatIf.of(program, degree, this.rates.reference()), linking));
	}

	/**
	 * @param programs every MicroMasters
	 * @param degrees every Master's
	 */
	public record PairChoices(List<Program> programs, List<Degree> degrees) {
	}

	/**
	 * @param whatIf both in a row, without credit
	 * @param pathway the pathway that links them, or null
	 */
	public record PairPage(WhatIf whatIf, Pathway pathway) {
	}

	/** The currencies the totals can be in: every one with a reference rate. */
	public List<Currency> currencies() {
		return this.rates.reference().currencies();
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
		return this.pathways.findDetailById(form.pathway()).map((pathway) -> {
			if (!valid) {
				return new CalculatorPage(pathway, null, null);
			}
			// Our figures in another currency than the totals' are converted here, at the
			// learner's rate or else our reference rate, before the arithmetic sees them.
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
