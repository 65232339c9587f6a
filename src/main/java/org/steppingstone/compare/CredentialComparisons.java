package org.steppingstone.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.catalog.Titles;
import org.steppingstone.guide.ComparisonAspect;
import org.steppingstone.guide.GuideRepository;
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
	 * The rows that quote the source document's table, with the position of the row they
	 * quote there: the table's key, which survives a change of its wording.
	 */
	static final Map<String, Integer> ASPECT_POSITIONS = Map.of("nature", 1, "duration", 2, "cost", 3, "focus", 4,
			"admissions", 5, "outcome", 6, "recognition", 7);

	private final ProgramRepository programs;

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final GuideRepository guide;

	private final SitePaths paths;

	CredentialComparisons(ProgramRepository programs, DegreeRepository degrees, PathwayRepository pathways,
			GuideRepository guide, SitePaths paths) {
		this.paths = paths;
		this.programs = programs;
		this.degrees = degrees;
		this.pathways = pathways;
		this.guide = guide;
	}

	public Comparison compare(ComparisonRequest request) {
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
		List<Credential> credentials = new ArrayList<>();
		for (String item : request.items()) {
			String slug = item.substring(item.indexOf(':') + 1);
			Program program = item.startsWith("program:") ? programsById.get(slug) : null;
			Degree degree = item.startsWith("degree:") ? degreesById.get(slug) : null;
			if (program == null && degree == null) {
				problems.add(new Problem("comparison.problem.unknown", item));
				continue;
			}
			List<Pathway> linked = allPathways.stream()
				.filter((w) -> (program != null) ? w.getProgram().getId().equals(slug)
						: w.getDegree() != null && w.getDegree().getId().equals(slug))
				.toList();
			credentials.add(new Credential(item, program, degree, linked,
					this.paths.itemPath((program != null) ? "program" : "degree", slug)));
		}
		return new Comparison(problems, problems.isEmpty() ? credentials : List.of(),
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
	 * @param aspects the source document's general comparison, by row key
	 * @param choicePrograms every program, to add to the comparison
	 * @param choiceDegrees every degree, to add to the comparison
	 */
	public record Comparison(List<Problem> problems, List<Credential> credentials,
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
