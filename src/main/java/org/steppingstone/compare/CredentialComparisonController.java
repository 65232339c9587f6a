package org.steppingstone.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.guide.GuideRepository;

/**
 * {@code /compare/credentials?item=program:slug&item=degree:slug}: two to four
 * credentials side by side.
 */
@Controller
class CredentialComparisonController {

	private final ProgramRepository programs;

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final GuideRepository guide;

	CredentialComparisonController(ProgramRepository programs, DegreeRepository degrees, PathwayRepository pathways,
			GuideRepository guide) {
		this.programs = programs;
		this.degrees = degrees;
		this.pathways = pathways;
		this.guide = guide;
	}

	@GetMapping("/compare/credentials")
	String compare(@RequestParam(name = "item", required = false) List<String> values, Model model,
			HttpServletResponse response) {
		ComparisonRequest request = ComparisonRequest.parse(values);
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
			credentials.add(new Credential(item, program, degree,
					allPathways.stream()
						.filter((w) -> (program != null) ? w.getProgram().getId().equals(slug)
								: w.getDegree() != null && w.getDegree().getId().equals(slug))
						.toList()));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			credentials = List.of();
		}
		List<String> shown = credentials.stream().map(Credential::item).toList();
		model.addAttribute("problems", problems);
		model.addAttribute("credentials", credentials);
		model.addAttribute("items", shown);
		model.addAttribute("removeUrls", removeUrls(shown));
		model.addAttribute("aspects",
				this.guide.findComparisonAspects()
					.stream()
					.collect(Collectors.toMap((a) -> a.getAspect().toLowerCase(), Function.identity())));
		model.addAttribute("choicePrograms", this.programs.findAllWithInstitution());
		model.addAttribute("choiceDegrees", this.degrees.findAllWithInstitution());
		model.addAttribute("max", ComparisonRequest.MAX);
		return "compare/credentials";
	}

	private static Map<String, String> removeUrls(List<String> items) {
		Map<String, String> urls = new LinkedHashMap<>();
		for (String item : items) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/compare/credentials");
			items.stream().filter((other) -> !other.equals(item)).forEach((other) -> url.queryParam("item", other));
			urls.put(item, url.build().toUriString());
		}
		return urls;
	}

	/**
	 * Why a comparison cannot be shown.
	 *
	 * @param code the message key
	 * @param value the item or count at fault, shown back escaped
	 */
	record Problem(String code, String value) {
	}

}
