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

/**
 * The catalog's data releases, newest first, read once: they change only when a release
 * with a new data file starts (Flyway loads it before the first request).
 */
@Component
public class ReleaseNotes {

	private final JdbcClient jdbc;

	private final SingletonSupplier<List<Release>> releases;

	ReleaseNotes(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
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
		return this.jdbc.sql("""
				select s.retrieved, s.title, s.url, (select max(period) from exchange_rates),
				       (select count(*) from exchange_rates)
				from exchange_rate_sources s where s.id = 1""")
			.query((rs, n) -> new RatesRelease(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getInt(5)))
			.optional()
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
			ids.addAll(
					this.jdbc.sql("select id from courses where program_id = ?").param(id).query(String.class).list());
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
		String sql = switch (kind) {
			case "programs" -> "select i.name || '''s ' || p.title from programs p"
					+ " join institutions i on i.id = p.institution_id where p.id = ?";
			case "degrees" -> "select i.name || '''s ' || d.title from degrees d"
					+ " join institutions i on i.id = d.institution_id where d.id = ?";
			case "pathways" -> "select pi.name || '''s ' || p.title || ' → '"
					+ " || coalesce(i.name || '''s ' || d.title, i.name) from pathways w"
					+ " join programs p on p.id = w.program_id join institutions pi on pi.id = p.institution_id"
					+ " join institutions i on i.id = w.institution_id left join degrees d on d.id = w.degree_id"
					+ " where w.id = ?";
			default -> throw new IllegalArgumentException("No feed for " + kind);
		};
		return this.jdbc.sql(sql).param(id).query(String.class).optional();
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
		Map<String, List<Release.Change>> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.release_version, c.entity, c.entity_id, c.field, c.kind, c.from_value, c.to_value,
				       c.source_id, s.title, s.url
				from release_changes c join sources s on s.id = c.source_id
				order by c.release_version, c.position""").query((rs, n) -> {
			changes.computeIfAbsent(rs.getString(1), (version) -> new ArrayList<>())
				.add(new Release.Change(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
			return n;
		}).list();
		return this.jdbc.sql("select version, released_on, summary from releases order by position")
			.query((rs, n) -> new Release(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					List.copyOf(changes.getOrDefault(rs.getString(1), List.of()))))
			.list();
	}

}
