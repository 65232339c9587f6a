package org.steppingstone.guide;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GuideController {

	private final GuideRepository guide;

	GuideController(GuideRepository guide) {
		this.guide = guide;
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
		return "guide/compare";
	}

}
