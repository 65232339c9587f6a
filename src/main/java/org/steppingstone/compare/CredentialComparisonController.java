package org.steppingstone.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.context.annotation.Bean;
import org.steppingstone.catalog.CurrencyChoice;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.system.SitePage;
import java.util.Set;

/**
 * {@code /compare/credentials?item=program:slug&item=degree:slug}: two to four
 * credentials side by side.
 */
@Controller
class CredentialComparisonController {

	private final CredentialComparisons comparisons;

	CredentialComparisonController(CredentialComparisons comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/compare/credentials")
	String compare(@RequestParam(name = "item", required = false) List<String> values,
			@RequestParam(required = false) String currency, Model model, HttpServletResponse response) {
		ReferenceRates rates = this.comparisons.rates();
		CurrencyChoice choice = CurrencyChoice.of(currency);
		BindingResult checked = new BeanPropertyBindingResult(choice, "choice");
		choice.check(rates, checked);
		CredentialComparisons.Comparison comparison = this.comparisons.compare(ComparisonRequest.parse(values),
				choice.totalsIn(rates));
		if (!comparison.problems().isEmpty() || checked.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		String carried = choice.parameter(rates);
		model.addAttribute("choice", choice);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "choice", checked);
		model.addAttribute("currencies", rates.currencies());
		model.addAttribute("currencyParameter", carried);
		List<String> shown = comparison.credentials().stream().map(Credential::item).toList();
		model.addAttribute("problems", comparison.problems());
		model.addAttribute("credentials", comparison.credentials());
		model.addAttribute("whatIfs", comparison.whatIfs());
		model.addAttribute("items", shown);
		model.addAttribute("removeUrls", removeUrls(shown, carried));
		model.addAttribute("rows", CredentialComparisons.ROWS);
		model.addAttribute("aspects", comparison.aspects());
		model.addAttribute("choicePrograms", comparison.choicePrograms());
		model.addAttribute("choiceDegrees", comparison.choiceDegrees());
		model.addAttribute("max", ComparisonRequest.MAX);
		return "compare/credentials";
	}

	private static Map<String, String> removeUrls(List<String> items, String currency) {
		Map<String, String> urls = new LinkedHashMap<>();
		for (String item : items) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/compare/credentials");
			items.stream().filter((other) -> !other.equals(item)).forEach((other) -> url.queryParam("item", other));
			if (currency != null) {
				url.queryParam("currency", currency);
			}
			urls.put(item, url.build().toUriString());
		}
		return urls;
	}

	/**
	 * The comparison: its items select what it shows; it states no dated data of its own.
	 */
	@Bean
	static SitePage comparisonPage() {
		return SitePage.of("/compare/credentials").withParameters(Set.of("item"));
	}

}
