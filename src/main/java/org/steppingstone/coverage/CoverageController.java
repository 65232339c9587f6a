package org.steppingstone.coverage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coverage page. */
@Controller
class CoverageController {

	private final CatalogCoverage coverage;

	CoverageController(CatalogCoverage coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/coverage")
	String coverage(Model model) {
		model.addAttribute("coverage", this.coverage.get());
		return "coverage/coverage";
	}

}
