package org.steppingstone.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.context.annotation.Bean;
import org.steppingstone.system.SitePage;

@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String list(Model model) {
		Map<String, List<Citation>> citations = this.sources.findAllCitations()
			.stream()
			.collect(Collectors.groupingBy(Citation::getSourceId));
		model.addAttribute("sources", this.sources.findAllByOrderByPublisherAscTitleAsc());
		model.addAttribute("citations", citations);
		return "sources/sourceList";
	}

	/** The source list, dated by the newest source. */
	@Bean
	static SitePage sourcesPage() {
		return SitePage.of("/sources").datedBy("source");
	}

}
