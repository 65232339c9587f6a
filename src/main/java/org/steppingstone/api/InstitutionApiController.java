package org.steppingstone.api;

import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steppingstone.catalog.InstitutionRepository;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.ProgramRepository;

@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "Institutions", description = "Universities that offer a MicroMasters program, count one, or both.")
class InstitutionApiController {

	private final InstitutionRepository institutions;

	private final ProgramRepository programs;

	private final PathwayRepository pathways;

	InstitutionApiController(InstitutionRepository institutions, ProgramRepository programs,
			PathwayRepository pathways) {
		this.institutions = institutions;
		this.programs = programs;
		this.pathways = pathways;
	}

	@GetMapping
	@Operation(operationId = "listInstitutions", summary = "List institutions",
			description = "The universities of /institutions, by name, with how many programs each offers and how "
					+ "many pathways lead to it, one page at a time.")
	@ApiDocs.ListResponses
	PageOf<InstitutionItem> list(@Valid @ParameterObject Paging paging, BindingResult pagingResult,
			HttpServletRequest request) {
		InvalidParameters.check(pagingResult);
		Map<String, Long> offered = this.programs.findProgramCounts()
			.stream()
			.collect(Collectors.toMap(ProgramRepository.InstitutionCount::getInstitutionId,
					ProgramRepository.InstitutionCount::getPrograms));
		Map<String, Long> accepted = this.pathways.findAllForListing()
			.stream()
			.collect(Collectors.groupingBy((p) -> p.getInstitution().getId(), Collectors.counting()));
		return PageOf.of(this.institutions.findAllByOrderByNameAsc(), paging,
				(i) -> InstitutionItem.of(i, offered.getOrDefault(i.getId(), 0L), accepted.getOrDefault(i.getId(), 0L)),
				request);
	}

}
