package org.steppingstone.guide;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steppingstone.catalog.CatalogFigures;

@Controller
class GuideController {

	private final GuideRepository guide;

	private final CatalogFigures figures;

	GuideController(GuideRepository guide, CatalogFigures figures) {
		this.guide = guide;
		this.figures = figures;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("passages", this.guide.passages());
		model.addAttribute("characteristics", this.guide.findKeyCharacteristics());
		model.addAttribute("reasons", this.guide.findReasons());
		return "guide/home";
	}

	@GetMapping("/compare")
	String compare(Model model) {
		model.addAttribute("passages", this.guide.passages());
		model.addAttribute("aspects", this.guide.findComparisonAspects());
		model.addAttribute("figures", this.figures.compute());
		return "guide/compare";
	}

}
