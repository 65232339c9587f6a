package org.steppingstone.pathways;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.pathways.calculator.Months;
import org.steppingstone.source.ProvenanceLookup;

/**
 * {@code /calculator}: without a pathway, a chooser; with one, its route estimate with
 * the learner's figures.
 */
@Controller
class CalculatorController {

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	CalculatorController(PathwayRepository pathways, ProvenanceLookup provenance) {
		this.pathways = pathways;
		this.provenance = provenance;
	}

	@GetMapping("/calculator")
	String calculate(@Valid @ModelAttribute("form") CalculatorForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (form.getPathway() == null && !result.hasFieldErrors("pathway")) {
			model.addAttribute("pathways", this.pathways.findAllForListing());
			return "calculator/calculatorChooser";
		}
		if (result.hasFieldErrors("pathway")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Pathway pathway = this.pathways.findDetailById(form.getPathway())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		checkMonths(form.getProgramMonths(), "programMonths", result);
		checkMonths(form.getDegreeMonths(), "degreeMonths", result);
		model.addAttribute("pathway", pathway);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("route", null);
			return "calculator/calculator";
		}
		PathwayRoute route = PathwayRoute.of(pathway, form);
		form.fill(route.estimate().inputs());
		List<String> sourceIds = new ArrayList<>(route.sourceIds());
		sourceIds.addAll(pathway.getSourceIds());
		model.addAttribute("route", route);
		model.addAttribute("provenance", this.provenance.load(java.util.Map.of(), sourceIds));
		return "calculator/calculator";
	}

	private static void checkMonths(String value, String field, BindingResult result) {
		if (value != null && !result.hasFieldErrors(field) && Months.parse(value) == null) {
			result.rejectValue(field, "calculator.months");
		}
	}

}
