package org.steppingstone.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.CourseRepository;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.InstitutionRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.source.Source;
import org.steppingstone.source.SourceRepository;

/**
 * Every page of the site with the date its content is last known to hold: the latest "as
 * of" date of the figures it shows and publication date of the sources it cites. A list
 * page takes the latest date of the pages it lists; the home page and the empty
 * comparison show no dated data and have no date.
 */
@Service
@Transactional(readOnly = true)
class SitemapPages {

	private final ProgramRepository programs;

	private final CourseRepository courses;

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final InstitutionRepository institutions;

	private final SourceRepository sources;

	SitemapPages(ProgramRepository programs, CourseRepository courses, DegreeRepository degrees,
			PathwayRepository pathways, InstitutionRepository institutions, SourceRepository sources) {
		this.programs = programs;
		this.courses = courses;
		this.degrees = degrees;
		this.pathways = pathways;
		this.institutions = institutions;
		this.sources = sources;
	}

	/**
	 * The site's pages, general pages first, then programs, degrees, pathways and
	 * universities in list order.
	 */
	List<Page> pages() {
		List<Source> sourceList = this.sources.findAllByOrderByPublisherAscTitleAsc();
		Map<String, String> published = new HashMap<>();
		sourceList.stream()
			.filter((s) -> s.getPublishedOn() != null)
			.forEach((s) -> published.put(s.getId(), s.getPublishedOn()));
		// The dates of each program's, degree's and pathway's own facts, keyed as the
		// source_citations view names them.
		Latest facts = new Latest();
		this.sources.findAllCitations()
			.forEach((c) -> facts.add(c.getPage() + ":" + c.getPageId(), published.get(c.getSourceId())));
		List<Program> programList = this.programs.findAllWithInstitution();
		for (Program p : programList) {
			facts.add("program:" + p.getId(), (p.getPrice() != null) ? p.getPrice().asOf() : null);
			facts.add("program:" + p.getId(), (p.getLength() != null) ? p.getLength().asOf() : null);
		}
		this.courses.findAllDates().forEach((c) -> facts.add("program:" + c.getProgramId(), c.getAsOf()));
		List<Degree> degreeList = this.degrees.findAllWithInstitution();
		degreeList
			.forEach((d) -> facts.add("degree:" + d.getId(), (d.getTuition() != null) ? d.getTuition().asOf() : null));
		List<Pathway> pathwayList = this.pathways.findAllForListing();
		pathwayList.forEach((w) -> facts.add("pathway:" + w.getId(), w.getAsOf()));

		// A page shows its own facts and those of the items it lists.
		Latest pages = new Latest();
		for (Program p : programList) {
			String own = facts.get("program:" + p.getId());
			pages.add("/programs/" + p.getId(), own);
			pages.add("/institutions/" + p.getInstitution().getId(), own);
		}
		degreeList.forEach((d) -> pages.add("/degrees/" + d.getId(), facts.get("degree:" + d.getId())));
		for (Pathway w : pathwayList) {
			String own = facts.get("pathway:" + w.getId());
			String path = "/pathways/" + w.getId();
			pages.add(path, own);
			// The pathway's page estimates the route from the program's price and the
			// degree's tuition.
			pages.add(path, facts.get("program:" + w.getProgram().getId()));
			pages.add("/programs/" + w.getProgram().getId(), own);
			pages.add("/institutions/" + w.getInstitution().getId(), own);
			if (w.getDegree() != null) {
				pages.add(path, facts.get("degree:" + w.getDegree().getId()));
				pages.add("/degrees/" + w.getDegree().getId(), own);
			}
		}
		List<Institution> institutionList = this.institutions.findAllByOrderByNameAsc();

		List<String> programPaths = programList.stream().map((p) -> "/programs/" + p.getId()).toList();
		List<String> degreePaths = degreeList.stream().map((d) -> "/degrees/" + d.getId()).toList();
		List<String> pathwayPaths = pathwayList.stream().map((w) -> "/pathways/" + w.getId()).toList();
		List<String> institutionPaths = institutionList.stream().map((i) -> "/institutions/" + i.getId()).toList();
		String sourcesDate = published.values().stream().max(String::compareTo).orElse(null);
		Map<String, String> general = new LinkedHashMap<>();
		general.put("/", null);
		general.put("/compare", Latest
			.of(Stream.of(pages.latest(programPaths), pages.latest(degreePaths), pages.latest(pathwayPaths))));
		general.put("/programs", pages.latest(programPaths));
		general.put("/degrees", pages.latest(degreePaths));
		general.put("/pathways", pages.latest(pathwayPaths));
		general.put("/institutions", pages.latest(institutionPaths));
		general.put("/sources", sourcesDate);
		general.put("/calculator", pages.latest(pathwayPaths));
		general.put("/compare/credentials", null);

		List<Page> result = new ArrayList<>();
		general.forEach((path, date) -> result.add(new Page(path, date)));
		Stream.of(programPaths, degreePaths, pathwayPaths, institutionPaths)
			.flatMap(List::stream)
			.forEach((path) -> result.add(new Page(path, pages.get(path))));
		return result;
	}

	/**
	 * One page of the sitemap.
	 *
	 * @param path its path within the site
	 * @param lastModified the latest date its content is known to hold ({@code YYYY},
	 * {@code YYYY-MM} or {@code YYYY-MM-DD}, all W3C datetimes), or null when it shows no
	 * dated data
	 */
	record Page(String path, String lastModified) {
	}

	/**
	 * The latest date seen for each key. Dates of differing precision compare as text:
	 * 2019 before 2019-05.
	 */
	private static final class Latest {

		private final Map<String, String> dates = new HashMap<>();

		void add(String key, String date) {
			if (date != null) {
				this.dates.merge(key, date, (a, b) -> (a.compareTo(b) >= 0) ? a : b);
			}
		}

		String get(String key) {
			return this.dates.get(key);
		}

		String latest(List<String> keys) {
			return of(keys.stream().map(this.dates::get));
		}

		static String of(Stream<String> dates) {
			return dates.filter((d) -> d != null).max(String::compareTo).orElse(null);
		}

	}

}
