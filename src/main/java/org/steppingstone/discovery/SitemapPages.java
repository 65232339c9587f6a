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
import org.steppingstone.system.SitePage;
import org.steppingstone.system.SitePaths;

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

	private final SitePaths paths;

	SitemapPages(ProgramRepository programs, CourseRepository courses, DegreeRepository degrees,
			PathwayRepository pathways, InstitutionRepository institutions, SourceRepository sources, SitePaths paths) {
		this.paths = paths;
		this.programs = programs;
		this.courses = courses;
		this.degrees = degrees;
		this.pathways = pathways;
		this.institutions = institutions;
		this.sources = sources;
	}

	/**
	 * The site's pages as the features declare them, by path, then the pages of the items
	 * each lists, in list order.
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

		// An item's page shows its own facts and those of the items it lists, by kind:id.
		Latest items = new Latest();
		for (Program p : programList) {
			String own = facts.get("program:" + p.getId());
			items.add("program:" + p.getId(), own);
			items.add("institution:" + p.getInstitution().getId(), own);
		}
		degreeList.forEach((d) -> items.add("degree:" + d.getId(), facts.get("degree:" + d.getId())));
		for (Pathway w : pathwayList) {
			String own = facts.get("pathway:" + w.getId());
			String key = "pathway:" + w.getId();
			items.add(key, own);
			// The pathway's page estimates the route from the program's price and the
			// degree's tuition.
			items.add(key, facts.get("program:" + w.getProgram().getId()));
			items.add("program:" + w.getProgram().getId(), own);
			items.add("institution:" + w.getInstitution().getId(), own);
			if (w.getDegree() != null) {
				items.add(key, facts.get("degree:" + w.getDegree().getId()));
				items.add("degree:" + w.getDegree().getId(), own);
			}
		}
		Map<String, List<String>> idsByKind = new LinkedHashMap<>();
		idsByKind.put("program", programList.stream().map(Program::getId).toList());
		idsByKind.put("degree", degreeList.stream().map(Degree::getId).toList());
		idsByKind.put("pathway", pathwayList.stream().map(Pathway::getId).toList());
		idsByKind.put("institution",
				this.institutions.findAllByOrderByNameAsc().stream().map(Institution::getId).toList());
		Map<String, String> latestByKind = new HashMap<>();
		idsByKind.forEach(
				(kind, ids) -> latestByKind.put(kind, Latest.of(ids.stream().map((id) -> items.get(kind + ":" + id)))));
		latestByKind.put("source", Latest.of(published.values().stream()));

		List<Page> result = new ArrayList<>();
		this.paths.pages()
			.forEach((page) -> result
				.add(new Page(page.path(), Latest.of(page.datedBy().stream().map(latestByKind::get)))));
		for (SitePage page : this.paths.pages()) {
			if (page.itemKind() != null) {
				idsByKind.getOrDefault(page.itemKind(), List.of())
					.forEach((id) -> result.add(new Page(page.itemPath(id), items.get(page.itemKind() + ":" + id))));
			}
		}
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

		static String of(Stream<String> dates) {
			return dates.filter((d) -> d != null).max(String::compareTo).orElse(null);
		}

	}

}
