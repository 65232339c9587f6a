package org.steppingstone.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steppingstone.source.Citation;
import org.steppingstone.source.SourceRepository;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "The public pages every value comes from.")
class SourceApiController {

	private final SourceRepository sources;

	SourceApiController(SourceRepository sources) {
		this.sources = sources;
	}

	@Operation(operationId = "listSources", summary = "List sources",
			description = "The sources of /sources, by publisher and title, each with the facts it backs, one page at "
					+ "a time. Values elsewhere in the API name their source by its id.")
	@ApiDocs.ListEndpoint
	PageOf<SourceItem> list(@Valid @ParameterObject Paging paging, BindingResult pagingResult,
			HttpServletRequest request) {
		ApiRefusal.check(pagingResult);
		Map<String, List<Citation>> citations = this.sources.findAllCitations()
			.stream()
			.collect(Collectors.groupingBy(Citation::getSourceId));
		return PageOf.of(this.sources.findAllByOrderByPublisherAscTitleAsc(), paging,
				(s) -> SourceItem.of(s, citations.getOrDefault(s.getId(), List.of())), request);
	}

}
