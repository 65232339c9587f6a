package org.steppingstone.routes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.steppingstone.catalog.StudyField;
import org.steppingstone.catalog.WorldRegion;
import org.steppingstone.system.SitePage;

/**
 * {@code /routes}: the route finder's form and its answer on one page, a plain GET form
 * so that every answer is a shareable address.
 */
@Controller
class RouteController {

	private final RouteFinder finder;

	RouteController(RouteFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/routes")
	String find(@Valid @ModelAttribute("routeQuery") RouteQuery query, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		RouteFinder.RouteSearch search = this.finder.search(query, (validator) -> {
			validator.validate(query, result);
			return !result.hasErrors();
		});
		model.addAttribute("fields", StudyField.values());
		model.addAttribute("regions", WorldRegion.values());
		model.addAttribute("deliveries", RouteQuery.DELIVERIES);
		model.addAttribute("routeOptions", search.options());
		model.addAttribute("countries", search.options().countries());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("results", search.results());
		model.addAttribute("routeSet", search.set());
		// After a search the form folds to its one-line question on every screen.
		model.addAttribute("searched", StringUtils.hasText(request.getQueryString()));
		return "routes/routeList";
	}

	/** The route finder: its question selects what it shows; dated by all it totals. */
	@Bean
	static SitePage routesPage() {
		return SitePage.of("/routes").withParameters(RouteQuery.class).datedBy("program", "degree", "pathway");
	}

}
