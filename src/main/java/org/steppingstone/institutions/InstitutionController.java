package org.steppingstone.institutions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.InstitutionRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.ProgramRepository;

@Controller
class InstitutionController {

	private final InstitutionRepository institutions;

	private final ProgramRepository programs;

	private final PathwayRepository pathways;

	InstitutionController(InstitutionRepository institutions, ProgramRepository programs, PathwayRepository pathways) {
		this.institutions = institutions;
		this.programs = programs;
		this.pathways = pathways;
	}

	@GetMapping("/institutions")
	String list(Model model) {
		List<Pathway> all = this.pathways.findAllForListing();
		Map<String, Long> accepted = all.stream()
			.collect(Collectors.groupingBy((p) -> p.getInstitution().getId(), Collectors.counting()));
		model.addAttribute("institutions", this.institutions.findAllByOrderByNameAsc());
		model.addAttribute("programCounts",
				this.programs.findProgramCounts()
					.stream()
					.collect(Collectors.toMap(ProgramRepository.InstitutionCount::getInstitutionId,
							ProgramRepository.InstitutionCount::getPrograms)));
		model.addAttribute("acceptedCounts", accepted);
		return "institutions/institutionList";
	}

	@GetMapping("/institutions/{id}")
	String show(@PathVariable String id, Model model) {
		Institution institution = this.institutions.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("institution", institution);
		model.addAttribute("programs", this.programs.findByInstitutionId(id));
		model.addAttribute("accepted", this.pathways.findByReceivingInstitutionId(id));
		return "institutions/institutionDetails";
	}

}
