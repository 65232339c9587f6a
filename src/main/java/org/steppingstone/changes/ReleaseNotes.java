package org.steppingstone.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The release the pages are built from, or null before the first one. */
	public Release latest() {
		List<Release> all = all();
		return all.isEmpty() ? null : all.get(0);
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
