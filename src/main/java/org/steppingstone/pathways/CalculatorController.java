package org.steppingstone.pathways;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;

/**
 * {@code /calculator}: without a pathway, a chooser; with one, its route estimate with
 * the learner's figures.
 */
@Controller
class CalculatorController {

	private final Calculator calculator;

	CalculatorController(Calculator calculator) {
		this.calculator = calculator;
	}

	@GetMapping("/calculator")
	String calculate(@Valid @ModelAttribute("form") CalculatorForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (form.isPair() && !result.hasFieldErrors("pathway")) {
			this.calculator.validator().validate(form, result);
			if (result.hasErrors()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("pathways", this.calculator.choices());
				model.addAttribute("pair", this.calculator.pairChoices());
				return "calculator/calculatorChooser";
			}
			Calculator.PairPage pair = this.calculator.pair(form)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			model.addAttribute("whatIf", pair.whatIf());
			model.addAttribute("linking", pair.pathway());
			return "calculator/whatIf";
		}
		if (form.pathway() == null && !result.hasFieldErrors("pathway")) {
			model.addAttribute("pathways", this.calculator.choices());
			model.addAttribute("pair", this.calculator.pairChoices());
			return "calculator/calculatorChooser";
		}
		if (result.hasFieldErrors("pathway")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.calculator.validator().validate(form, result);
		model.addAttribute("currencies", this.calculator.currencies());
		Calculator.CalculatorPage page = this.calculator.page(form, !result.hasErrors())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("pathway", page.pathway());
		model.addAttribute("route", page.route());
		if (page.route() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "calculator/calculator";
		}
		// The form shows the figures in use: the filled form replaces the bound one,
		// which had no errors.
		CalculatorForm filled = form.filled(page.route().estimate().inputs(), page.route().money());
		model.addAttribute("form", filled);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(filled, "form"));
		model.addAttribute("provenance", page.provenance());
		return "calculator/calculator";
	}

	/** The calculator: its pathway and the learner's figures select what it shows. */
	@Bean
	static SitePage calculatorPage() {
		return SitePage.of("/calculator").withParameters(CalculatorForm.class).datedBy("pathway");
	}

}
