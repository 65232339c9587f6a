package org.steppingstone.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.ExchangeRates;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.catalog.ShareCredited;
import org.steppingstone.catalog.Titles;
import org.steppingstone.catalog.WhatIf;
import org.steppingstone.guide.ComparisonAspect;
import org.steppingstone.guide.GuideRepository;
import org.steppingstone.source.Source;
import org.steppingstone.source.SourceRepository;
import org.steppingstone.system.SitePaths;

/**
 * What {@code /compare/credentials} shows: the requested credentials side by side, or why
 * they cannot be, with the source document's general comparison and the credentials to
 * choose from.
 */
@Service
@Transactional(readOnly = true)
public class CredentialComparisons {

	/**
	 * The comparison's rows by key, in the order a learner decides: what it is, what it
	 * costs, how much of a Master's it saves, how long it takes, then the details.
	 */
	public static final List<String> ROWS = List.of("nature", "cost", "perCourse", "perCredit", "share", "route",
			"duration", "effort", "credits", "focus", "admissions", "pathways");

	/**
	 * The rows that quote the source document's table, with the position of the row they
	 * quote there: the table's key, which survives a change of its wording. Its "Outcome"
	 * (6) says what "Nature" says for a real credential.
	 */
	static final Map<String, Integer> ASPECT_POSITIONS = Map.of("nature", 1, "duration", 2, "cost", 3, "focus", 4,
			"admissions", 5, "pathways", 7);

	private final ProgramRepository programs;

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final GuideRepository guide;

	private final SourceRepository sources;

	private final SitePaths paths;

	private final ExchangeRates rates;

	CredentialComparisons(ProgramRepository programs, DegreeRepository degrees, PathwayRepository pathways,
			GuideRepository guide, SourceRepository sources, SitePaths paths, ExchangeRates rates) {
		this.rates = rates;
		this.paths = paths;
		this.sources = sources;
		this.programs = programs;
		this.degrees = degrees;
		this.pathways = pathways;
		this.guide = guide;
	}

	/** Our reference rates: the currencies a comparison's routes can be totalled in. */
	public ReferenceRates rates() {
		return this.rates.reference();
	}

	/**
	 * The credentials asked, their cheapest routes totalled in {@code currency} (one with
	 * a reference rate).
	 */
	public Comparison compare(ComparisonRequest request, Currency currency) {
		List<Problem> problems = new ArrayList<>();
		request.malformed().forEach((value) -> problems.add(new Problem("comparison.problem.malformed", value)));
		if (request.tooMany()) {
			problems.add(new Problem("comparison.problem.tooMany", String.valueOf(request.items().size())));
		}
		Map<String, Program> programsById = request.slugs("program").isEmpty() ? Map.of()
				: this.programs.findWithInstitutionByIdIn(request.slugs("program"))
					.stream()
					.collect(Collectors.toMap(Program::getId, Function.identity()));
		Map<String, Degree> degreesById = request.slugs("degree").isEmpty() ? Map.of()
				: this.degrees.findWithInstitutionByIdIn(request.slugs("degree"))
					.stream()
					.collect(Collectors.toMap(Degree::getId, Function.identity()));
		List<Pathway> allPathways = this.pathways.findAllForListing();
		Map<String, List<Pathway>> linkedByItem = new LinkedHashMap<>();
		for (String item : request.items()) {
			String slug = item.substring(item.indexOf(':') + 1);
			boolean isProgram = item.startsWith("program:");
			if (!(isProgram ? programsById : degreesById).containsKey(slug)) {
				problems.add(new Problem("comparison.problem.unknown", item));
				continue;
			}
			linkedByItem.put(item,
					allPathways.stream()
						.filter((w) -> isProgram ? w.getProgram().getId().equals(slug)
								: w.getDegree() != null && w.getDegree().getId().equals(slug))
						.toList());
		}
		// The ceilings' sources date them; only the compared credentials' are read.
		Map<String, Source> ceilingSources = this.sources.mapByIds(linkedByItem.values()
			.stream()
			.flatMap(List::stream)
			.map(Pathway::getCreditMaxSourceId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Function<String, String> sourceDate = (id) -> ceilingSources.containsKey(id)
				? ceilingSources.get(id).getPublishedOn() : null;
		List<Credential> credentials = new ArrayList<>();
		linkedByItem.forEach((item, linked) -> {
			String slug = item.substring(item.indexOf(':') + 1);
			Program program = item.startsWith("program:") ? programsById.get(slug) : null;
			Degree degree = (program == null) ? degreesById.get(slug) : null;
			credentials.add(new Credential(item, program, degree, linked,
					this.paths.itemPath((program != null) ? "program" : "degree", slug),
					ShareCredited.of(Credential.open(program, linked), sourceDate), this.rates.reference(), currency));
		});
		List<WhatIf> whatIfs = new ArrayList<>();
		if (problems.isEmpty()) {
			for (Credential program : credentials) {
				for (Credential degree : credentials) {
					if (program.isMicroMasters() && !degree.isMicroMasters()
							&& program.pathways()
								.stream()
								.noneMatch((w) -> w.getDegree() != null
										&& w.getDegree().getId().equals(degree.degree().getId()))) {
						whatIfs.add(WhatIf.of(program.program(), degree.degree(), this.rates.reference()));
					}
				}
			}
		}
		return new Comparison(problems, problems.isEmpty() ? credentials : List.of(), List.copyOf(whatIfs),
				aspectsByRow(this.guide.findComparisonAspects()),
				Titles.sorted(this.programs.findAllWithInstitution(), Program::getTitle),
				Titles.sorted(this.degrees.findAllWithInstitution(), Degree::getTitle));
	}

	/** The source document's rows, by the key of the comparison row that quotes each. */
	static Map<String, ComparisonAspect> aspectsByRow(List<ComparisonAspect> aspects) {
		Map<Integer, ComparisonAspect> byPosition = aspects.stream()
			.collect(Collectors.toMap(ComparisonAspect::getPosition, Function.identity()));
		Map<String, ComparisonAspect> byRow = new LinkedHashMap<>();
		ASPECT_POSITIONS.forEach((row, position) -> {
			if (byPosition.containsKey(position)) {
				byRow.put(row, byPosition.get(position));
			}
		});
		return byRow;
	}

	/**
	 * @param problems why the comparison cannot be shown; empty when it can
	 * @param credentials the credentials in the order asked, none when there are problems
	 * @param whatIfs each MicroMasters and Master's compared that no pathway links, taken
	 * one after the other without credit
	 * @param aspects the source document's general comparison, by row key
	 * @param choicePrograms every program, to add to the comparison
	 * @param choiceDegrees every degree, to add to the comparison
	 */
	public record Comparison(List<Problem> problems, List<Credential> credentials, List<WhatIf> whatIfs,
			Map<String, ComparisonAspect> aspects, List<Program> choicePrograms, List<Degree> choiceDegrees) {
	}

	/**
	 * Why a comparison cannot be shown.
	 *
	 * @param code the message key
	 * @param value the item or count at fault, shown back escaped
	 */
	public record Problem(String code, String value) {
	}

}
