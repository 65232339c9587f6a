package org.steppingstone.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.steppingstone.catalog.CourseRepository;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Offering;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.source.RateTable;
import org.steppingstone.source.SourceNames;
import org.steppingstone.source.SourceRepository;

/**
 * The catalog's data releases, newest first, read once: they change only when a release
 * with a new data file starts (Flyway loads it before the first request). The releases
 * and their changes are this module's own tables, read here by SQL; the items they name
 * are read through the catalog's repositories, the sources that back them and the
 * reference rates through the source module.
 */
@Component
public class ReleaseNotes {

	private final JdbcClient jdbc;

	private final SourceRepository sources;

	private final RateTable rates;

	private final ProgramRepository programs;

	private final CourseRepository courses;

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final SingletonSupplier<List<Release>> releases;

	ReleaseNotes(DataSource dataSource, SourceRepository sources, RateTable rates, ProgramRepository programs,
			CourseRepository courses, DegreeRepository degrees, PathwayRepository pathways) {
		this.jdbc = JdbcClient.create(dataSource);
		this.sources = sources;
		this.rates = rates;
		this.programs = programs;
		this.courses = courses;
		this.degrees = degrees;
		this.pathways = pathways;
		this.releases = SingletonSupplier.of(this::read);
	}

	/** Every release, newest first. */
	public List<Release> all() {
		return this.releases.obtain();
	}

	/**
	 * The reference exchange rates' own entry (they are data beside the catalog, with a
	 * date of their own: the day they were taken), or null when none are loaded.
	 */
	public RatesRelease rates() {
		return this.rates.source()
			.map((s) -> new RatesRelease(s.retrieved(), s.title(), s.url(), s.period(), s.currencies()))
			.orElse(null);
	}

	/** The release the pages are built from, or null before the first one. */
	public Release latest() {
		List<Release> all = all();
		return all.isEmpty() ? null : all.get(0);
	}

	/**
	 * A program, degree or pathway and the changes that touched it (its own values, its
	 * disagreements and, for a program, its courses), or empty when the catalog has no
	 * such item.
	 * @param kind {@code programs}, {@code degrees} or {@code pathways}
	 * @param id the item's id
	 */
	public Optional<ItemChanges> item(String kind, String id) {
		Optional<String> name = name(kind, id);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		Set<String> ids = new HashSet<>(Set.of(id));
		if (kind.equals("programs")) {
			this.courses.findByProgramId(id).forEach((course) -> ids.add(course.getId()));
		}
		List<ItemChanges.Dated> touched = new ArrayList<>();
		List<Release> all = all();
		for (Release release : all) {
			int position = 1;
			for (Release.Change change : release.changes()) {
				if (ids.contains(change.entityId()) && (change.entity().equals(kind)
						|| change.entity().equals("conflicts") || change.entity().equals("courses"))) {
					touched.add(new ItemChanges.Dated(release, position, change));
				}
				position++;
			}
		}
		return Optional.of(new ItemChanges(kind, id, name.get(), List.copyOf(touched),
				all.isEmpty() ? LocalDate.EPOCH : all.get(all.size() - 1).date()));
	}

	/** What the item's page is headed, or empty when there is no such item. */
	private Optional<String> name(String kind, String id) {
		return switch (kind) {
			case "programs" -> this.programs.findDetailById(id).map(ReleaseNotes::name);
			case "degrees" -> this.degrees.findDetailById(id).map(ReleaseNotes::name);
			case "pathways" -> this.pathways.findDetailById(id).map(ReleaseNotes::name);
			default -> throw new IllegalArgumentException("No feed for " + kind);
		};
	}

	/** A program or degree with its university: {@code MIT's Supply Chain Management}. */
	private static String name(Offering offering) {
		return offering.getInstitution().getName() + "'s " + offering.getTitle();
	}

	/**
	 * A pathway: its program, then the receiving university's degree, or the university
	 * alone when no degree is known.
	 */
	private static String name(Pathway pathway) {
		String receiving = pathway.getInstitution().getName();
		return name(pathway.getProgram()) + " → "
				+ ((pathway.getDegree() != null) ? receiving + "'s " + pathway.getDegree().getTitle() : receiving);
	}

	/**
	 * The reference exchange rates as /changes lists them.
	 *
	 * @param date the day they were taken from their source
	 * @param title their source
	 * @param url its address
	 * @param period the month they are the average of ({@code 2026-06})
	 * @param currencies how many currencies have a rate
	 */
	public record RatesRelease(java.time.LocalDate date, String title, String url, String period, int currencies) {

		/**
		 * The version of the newest catalog release dated on or before these rates: the
		 * page lists them just above it (newest first); null when every release is newer.
		 */
		public String before(List<Release> releases) {
			return releases.stream()
				.filter((r) -> !r.date().isAfter(this.date))
				.map(Release::version)
				.findFirst()
				.orElse(null);
		}

	}

	private List<Release> read() {
		// Every change names its source (a foreign key), which the source module reads.
		SourceNames names = this.sources.names();
		Map<String, List<Release.Change>> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select release_version, entity, entity_id, field, kind, from_value, to_value, source_id
				from release_changes order by release_version, position""").query((rs, n) -> {
			changes.computeIfAbsent(rs.getString(1), (version) -> new ArrayList<>())
				.add(new Release.Change(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), names.title(rs.getString(8)),
						names.url(rs.getString(8))));
			return n;
		}).list();
		return this.jdbc.sql("select version, released_on, summary from releases order by position")
			.query((rs, n) -> new Release(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					List.copyOf(changes.getOrDefault(rs.getString(1), List.of()))))
			.list();
	}

}
