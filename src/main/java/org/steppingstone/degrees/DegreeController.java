package org.steppingstone.degrees;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.programs.PageDescriptions;
import org.steppingstone.programs.StructuredData;
import org.steppingstone.source.ProvenanceLookup;
import org.steppingstone.system.SiteUrls;

@Controller
class DegreeController {

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	private final StructuredData structuredData;

	private final PageDescriptions descriptions;

	DegreeController(DegreeRepository degrees, PathwayRepository pathways, ProvenanceLookup provenance,
			StructuredData structuredData, PageDescriptions descriptions) {
		this.degrees = degrees;
		this.pathways = pathways;
		this.provenance = provenance;
		this.structuredData = structuredData;
		this.descriptions = descriptions;
	}

	@GetMapping("/degrees")
	String list(Model model) {
		Map<String, List<Pathway>> byDegree = this.pathways.findAllForListing()
			.stream()
			.filter((p) -> p.getDegree() != null)
			.collect(Collectors.groupingBy((p) -> p.getDegree().getId()));
		model.addAttribute("degrees", this.degrees.findAllWithInstitution());
		model.addAttribute("pathwaysByDegree", byDegree);
		return "degrees/degreeList";
	}

	@GetMapping("/degrees/{id}")
	String show(@PathVariable String id, Model model) {
		Degree degree = this.degrees.findDetailById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Pathway> accepted = this.pathways.findByDegreeId(id);
		List<String> sourceIds = new ArrayList<>(degree.getSourceIds());
		if (degree.getCredits() != null) {
			sourceIds.add(degree.getCredits().sourceId());
		}
		if (degree.getLength() != null) {
			sourceIds.add(degree.getLength().sourceId());
		}
		if (degree.getTuition() != null) {
			sourceIds.add(degree.getTuition().sourceId());
		}
		Map<String, String> entities = new LinkedHashMap<>();
		entities.put(id, degree.getTitle());
		accepted.forEach((p) -> entities.put(p.getId(), p.label()));
		model.addAttribute("degree", degree);
		model.addAttribute("pathways", accepted);
		model.addAttribute("provenance", this.provenance.load(entities, sourceIds));
		String description = this.descriptions.degree(degree, accepted);
		model.addAttribute("pageDescription", description);
		model.addAttribute("jsonLd", this.structuredData.degree(degree, description, SiteUrls.base()));
		return "degrees/degreeDetails";
	}

}
