package org.steppingstone.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.source.ProvenanceLookup;

@RestController
@RequestMapping("/api/v1/degrees")
@Tag(name = "Degrees", description = "Master's degrees that count at least one MicroMasters credential.")
class DegreeApiController {

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	DegreeApiController(DegreeRepository degrees, PathwayRepository pathways, ProvenanceLookup provenance) {
		this.degrees = degrees;
		this.pathways = pathways;
		this.provenance = provenance;
	}

	@GetMapping
	@Operation(operationId = "listDegrees", summary = "List degrees",
			description = "The degrees of /degrees, by title, with how many pathways lead to each, one page at a time.")
	@ApiDocs.ListResponses
	PageOf<DegreeSummary> list(@Valid @ParameterObject Paging paging, BindingResult pagingResult,
			HttpServletRequest request) {
		InvalidParameters.check(pagingResult);
		Map<String, Long> counts = this.pathways.findAllForListing()
			.stream()
			.filter((p) -> p.getDegree() != null)
			.collect(Collectors.groupingBy((p) -> p.getDegree().getId(), Collectors.counting()));
		return PageOf.of(this.degrees.findAllWithInstitution(), paging,
				(degree) -> DegreeSummary.of(degree, counts.getOrDefault(degree.getId(), 0L).intValue()), request);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getDegree", summary = "Get a degree",
			description = "A degree with the pathways from MicroMasters programs to it, the sources it cites and the "
					+ "values they disagree on.")
	@ApiDocs.ItemResponses
	DegreeDetails show(@Parameter(description = "The degree's slug.",
			example = "mit-masters-supply-chain-management") @PathVariable String id) {
		Degree degree = this.degrees.findDetailById(id).orElseThrow(() -> new UnknownItem("degrees"));
		List<Pathway> accepted = this.pathways.findWithDetailsByDegreeId(id);
		List<String> sourceIds = new ArrayList<>(degree.getSourceIds());
		if (degree.getCredits() != null) {
			sourceIds.add(degree.getCredits().sourceId());
		}
		if (degree.getLength() != null) {
			sourceIds.add(degree.getLength().sourceId());
		}
		if (degree.getTuition() != null) {
			sourceIds.add(degree.getTuition().sourceId());
		}
		Map<String, String> entities = new LinkedHashMap<>();
		entities.put(id, degree.getTitle());
		accepted.forEach((p) -> {
			entities.put(p.getId(), p.label());
			sourceIds.addAll(p.getSourceIds());
		});
		return DegreeDetails.of(degree, accepted, this.provenance.load(entities, sourceIds));
	}

}
