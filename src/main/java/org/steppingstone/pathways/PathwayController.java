package org.steppingstone.pathways;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.source.ProvenanceLookup;
import org.steppingstone.system.SiteUrls;

@Controller
class PathwayController {

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	PathwayController(PathwayRepository pathways, ProvenanceLookup provenance) {
		this.pathways = pathways;
		this.provenance = provenance;
	}

	@GetMapping("/pathways")
	String list(@Valid @ModelAttribute("query") PathwayQuery query, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PathwayListing listing = new PathwayListing(this.pathways.findAllForListing());
		listing.check(query, result);
		model.addAttribute("institutions", listing.institutions());
		model.addAttribute("countries", listing.countries());
		model.addAttribute("total", listing.all().size());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "pathways/pathwayList";
		}
		model.addAttribute("pathways", listing.matching(query));
		model.addAttribute("csvUrl", SiteUrls.export("/pathways.csv", request));
		return "pathways/pathwayList";
	}

	@GetMapping("/pathways/{id}")
	String show(@PathVariable String id, Model model) {
		Pathway pathway = this.pathways.findDetailById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PathwayRoute route = PathwayRoute.of(pathway);
		List<String> sourceIds = new ArrayList<>(pathway.getSourceIds());
		sourceIds.addAll(route.sourceIds());
		model.addAttribute("pathway", pathway);
		model.addAttribute("route", route);
		CalculatorForm form = new CalculatorForm();
		form.setPathway(id);
		form.fill(route.estimate().inputs());
		model.addAttribute("form", form);
		model.addAttribute("provenance", this.provenance.load(Map.of(id, pathway.label()), sourceIds));
		return "pathways/pathwayDetails";
	}

}
