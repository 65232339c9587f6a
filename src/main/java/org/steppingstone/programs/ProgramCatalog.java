package org.steppingstone.programs;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.steppingstone.catalog.Course;
import org.steppingstone.catalog.CourseRepository;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.source.Provenance;
import org.steppingstone.source.ProvenanceLookup;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * The program catalog: its filtered, sorted list and each program's page. Each is read in
 * a fixed number of statements, whatever the number of programs, courses and pathways.
 */
@Service
@Transactional(readOnly = true)
public class ProgramCatalog {

	private static final Comparator<ProgramRow> BY_TITLE = Comparator
		.comparing((ProgramRow row) -> row.program().getTitle(), String.CASE_INSENSITIVE_ORDER);

	private final ProgramRepository programs;

	private final CourseRepository courses;

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	ProgramCatalog(ProgramRepository programs, CourseRepository courses, PathwayRepository pathways,
			ProvenanceLookup provenance) {
		this.programs = programs;
		this.courses = courses;
		this.pathways = pathways;
		this.provenance = provenance;
	}

	/** Every program with what the list shows, filters and sorts by. */
	public Listing listing() {
		return new Listing(rows());
	}

	public Optional<ProgramPage> page(String id) {
		return this.programs.findDetailById(id).map((program) -> {
			List<Course> courseList = this.courses.findByProgramId(id);
			List<Pathway> pathwayList = this.pathways.findByProgramId(id);
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
			return new ProgramPage(program, courseList, pathwayList, this.provenance.load(entities, sourceIds));
		});
	}

	List<ProgramRow> rows() {
		Map<String, List<Pathway>> pathwaysByProgram = this.pathways.findAllForListing()
			.stream()
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
			String text = normalize(String.join(" ", program.getTitle(), program.getInstitution().getName(),
					Objects.toString(program.getInstitution().getShortName(), ""),
					Objects.toString(courseText.get(program.getId()), "")));
			return new ProgramRow(program, own.size(), best, own.stream().anyMatch(Pathway::isCredit), countries, text);
		}).toList();
	}

	static Predicate<ProgramRow> filter(ProgramQuery query) {
		Predicate<ProgramRow> all = (row) -> true;
		if (query.getField() != null) {
			all = all.and((row) -> row.program().getField().getSlug().equals(query.getField()));
		}
		if (query.getInstitution() != null) {
			all = all.and((row) -> row.program().getInstitution().getId().equals(query.getInstitution()));
		}
		if (query.getMaxPrice() != null) {
			all = all.and((row) -> {
				SourcedAmount price = row.program().getPrice();
				return price != null && price.value() != null && price.value().compareTo(query.getMaxPrice()) <= 0;
			});
		}
		if (query.getMaxMonths() != null) {
			all = all.and((row) -> {
				SourcedRange length = row.program().getLength();
				return length != null && length.max() <= query.getMaxMonths();
			});
		}
		if (Boolean.TRUE.equals(query.getCredit())) {
			all = all.and(ProgramRow::hasCreditPathway);
		}
		if (query.getCountry() != null) {
			all = all.and((row) -> row.receivingCountries().contains(query.getCountry()));
		}
		if (query.getQ() != null) {
			List<String> words = Arrays.asList(normalize(query.getQ()).split("\\s+"));
			all = all.and((row) -> words.stream().allMatch(row.searchText()::contains));
		}
		return all;
	}

	/**
	 * Unknown values sort last, then by title, so that every order is total and stable.
	 */
	static Comparator<ProgramRow> order(String sort) {
		return switch (sort) {
			case "price" -> Comparator
				.comparing((ProgramRow row) -> priceOf(row.program()), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(BY_TITLE);
			case "length" -> Comparator
				.comparing((ProgramRow row) -> monthsOf(row.program()), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(BY_TITLE);
			case "share" ->
				Comparator.comparing(ProgramRow::bestShare, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
					.thenComparing(BY_TITLE);
			default -> BY_TITLE;
		};
	}

	private static BigDecimal priceOf(Program program) {
		return (program.getPrice() != null) ? program.getPrice().value() : null;
	}

	private static Integer monthsOf(Program program) {
		return (program.getLength() != null) ? program.getLength().max() : null;
	}

	/** Lower case without accents, so that "Universite" finds "Université". */
	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

	/**
	 * The whole catalog list, before filtering.
	 *
	 * @param rows every program, by title
	 */
	public record Listing(List<ProgramRow> rows) {

		/** The programs that pass every filter of the query, in its sort order. */
		public List<ProgramRow> matching(ProgramQuery query) {
			return this.rows.stream().filter(filter(query)).sorted(order(query.sortOrDefault())).toList();
		}

		/**
		 * The institutions that offer a program, by name: the choices of the institution
		 * filter.
		 */
		public List<Institution> institutions() {
			return this.rows.stream()
				.map((row) -> row.program().getInstitution())
				.collect(Collectors.toMap(Institution::getId, (i) -> i, (a, b) -> a))
				.values()
				.stream()
				.sorted(Comparator.comparing(Institution::getName))
				.toList();
		}

		/** The countries of receiving institutions: the choices of the country filter. */
		public List<String> receivingCountries() {
			return this.rows.stream().flatMap((row) -> row.receivingCountries().stream()).distinct().sorted().toList();
		}

		/**
		 * Rejects a well-formed institution or country that no program has, so that a
		 * mistyped filter is answered with a message instead of an empty list.
		 */
		public void check(ProgramQuery query, Errors errors) {
			if (query.getInstitution() != null && !errors.hasFieldErrors("institution") && institutions().stream()
				.noneMatch((institution) -> institution.getId().equals(query.getInstitution()))) {
				errors.rejectValue("institution", "filter.unknown");
			}
			if (query.getCountry() != null && !errors.hasFieldErrors("country")
					&& !receivingCountries().contains(query.getCountry())) {
				errors.rejectValue("country", "filter.unknown");
			}
		}

	}

	/**
	 * Everything a program's page shows.
	 *
	 * @param program the program with its institution and sources
	 * @param courses its courses in order
	 * @param pathways its pathways with receiving institution, degree and conditions
	 * @param provenance the cited sources and the disagreements among them
	 */
	public record ProgramPage(Program program, List<Course> courses, List<Pathway> pathways, Provenance provenance) {

		public long coreCourseCount() {
			return this.courses.stream().filter((c) -> !c.isElective()).count();
		}

		public long electiveCount() {
			return this.courses.stream().filter(Course::isElective).count();
		}

		/**
		 * How many electives to choose, when the program states how many courses the
		 * credential needs.
		 */
		public Long electivesRequired() {
			Integer required = this.program.getRequiredCourseCount();
			return (required != null && electiveCount() > 0) ? Math.max(0, required - coreCourseCount()) : null;
		}

		/**
		 * The program and up to three degrees it counts toward, as a side-by-side
		 * comparison's items.
		 */
		public List<String> comparisonItems() {
			List<String> items = new ArrayList<>(List.of("program:" + this.program.getId()));
			this.pathways.stream()
				.filter((p) -> p.getDegree() != null)
				.map((p) -> "degree:" + p.getDegree().getId())
				.distinct()
				.limit(3)
				.forEach(items::add);
			return items;
		}

		/**
		 * The weeks of all courses together, when every course is required and states its
		 * weeks.
		 */
		public Integer totalWeeks() {
			return (this.courses.isEmpty() || electiveCount() > 0
					|| this.courses.stream().anyMatch((c) -> c.getWeeks() == null)) ? null
							: this.courses.stream().mapToInt(Course::getWeeks).sum();
		}

	}

}
