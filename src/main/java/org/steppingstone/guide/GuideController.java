package org.steppingstone.guide;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steppingstone.catalog.CatalogFigures;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;

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

	/** The home page shows the guide alone, undated. */
	@Bean
	static SitePage homePage() {
		return SitePage.of("/");
	}

	/** The comparison page quotes the figures of programs, degrees and pathways. */
	@Bean
	static SitePage comparePage() {
		return SitePage.of("/compare").datedBy("program", "degree", "pathway");
	}

}
