package org.steppingstone.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.Course;
import org.steppingstone.catalog.CourseRepository;
import org.steppingstone.catalog.ExchangeRates;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.source.ProvenanceLookup;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * The program catalog: its list and each program's page, for the pages, the CSV export
 * and the API alike. Each is read in a fixed number of statements, whatever the number of
 * programs, courses and pathways.
 */
@Service
@Transactional(readOnly = true)
public class ProgramCatalog {

	private final ProgramRepository programs;

	private final CourseRepository courses;

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	private final ExchangeRates rates;

	ProgramCatalog(ProgramRepository programs, CourseRepository courses, PathwayRepository pathways,
			ProvenanceLookup provenance, ExchangeRates rates) {
		this.rates = rates;
		this.programs = programs;
		this.courses = courses;
		this.pathways = pathways;
		this.provenance = provenance;
	}

	/** Every program with what {@code /programs} shows, filters and sorts by. */
	public ProgramListing listing() {
		return new ProgramListing(rows(this.pathways.findAllForListing()));
	}

	/**
	 * The same list with each pathway's conditions and sources: what the API and the CSV
	 * export state of each program.
	 */
	public ProgramListing detailedListing() {
		return new ProgramListing(rows(this.pathways.findAllWithDetails()));
	}

	public Optional<ProgramPage> page(String id) {
		return this.programs.findDetailById(id).map((program) -> {
			List<Course> courseList = this.courses.findByProgramId(id);
			List<Pathway> pathwayList = this.pathways.findByProgramIdOrderById(id);
			Map<String, String> entities = new LinkedHashMap<>();
			entities.put(id, program.getTitle());
			courseList.forEach((c) -> entities.put(c.getId(), Objects.toString(c.getTitle(), c.getCode())));
			pathwayList.forEach((p) -> entities.put(p.getId(), p.label()));
			List<String> sourceIds = new ArrayList<>(program.getSourceIds());
			Stream.of(program.getPrice()).filter(Objects::nonNull).map(SourcedAmount::sourceId).forEach(sourceIds::add);
			Stream.of(program.getLength(), program.getEffort())
				.filter(Objects::nonNull)
				.map(SourcedRange::sourceId)
				.forEach(sourceIds::add);
			sourceIds.add(program.getAuditFreeSourceId());
			courseList.forEach((c) -> {
				sourceIds.add(c.getSourceId());
				sourceIds.addAll(c.getOtherSourceIds());
			});
			pathwayList.forEach((p) -> sourceIds.addAll(p.getSourceIds()));
			Map<String, Currency> currencies = (program.getPrice() != null && program.getPrice().currency() != null)
					? Map.of(id, program.getPrice().currency()) : Map.of();
			return new ProgramPage(program, courseList, pathwayList,
					this.provenance.load(entities, currencies, sourceIds), this.rates.reference(), ReferenceRates.USD);
		});
	}

	private List<ProgramRow> rows(List<Pathway> allPathways) {
		Map<String, List<Pathway>> pathwaysByProgram = allPathways.stream()
			.collect(Collectors.groupingBy((p) -> p.getProgram().getId()));
		Map<String, StringBuilder> courseText = new HashMap<>();
		for (CourseRepository.CourseName course : this.courses.findAllNames()) {
			StringBuilder text = courseText.computeIfAbsent(course.getProgramId(), (k) -> new StringBuilder());
			text.append(' ')
				.append(Objects.toString(course.getTitle(), ""))
				.append(' ')
				.append(Objects.toString(course.getCode(), ""));
		}
		return this.programs.findAllWithInstitution().stream().map((program) -> {
			List<Pathway> own = pathwaysByProgram.getOrDefault(program.getId(), List.of());
			BigDecimal best = own.stream()
				.map(Pathway::getCreditSharePercent)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			Set<String> countries = own.stream()
				.map((p) -> p.getInstitution().getCountry())
				.collect(Collectors.toSet());
			String text = ProgramListing.normalize(String.join(" ", program.getTitle(),
					program.getInstitution().getName(), Objects.toString(program.getInstitution().getShortName(), ""),
					Objects.toString(courseText.get(program.getId()), "")));
			return new ProgramRow(program, own, best, own.stream().anyMatch(Pathway::isCredit), countries, text);
		}).toList();
	}

}
