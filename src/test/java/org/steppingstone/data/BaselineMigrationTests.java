package org.steppingstone.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty database is migrated by one script, {@code B7__schema_and_source_document.sql}
 * (a Flyway baseline migration), instead of V1-V7: it must end exactly where V1-V7 end.
 * Two databases, one migrated each way, then the catalog loaded into both, are compared
 * table by table, column by column, constraint by constraint, index by index, the view,
 * and every row. On H2, and on PostgreSQL in the suite's PostgreSQL run (in databases of
 * their own, dropped afterwards).
 */
@Tag("integration")
class BaselineMigrationTests {

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

	/** Every table of the schema, the Flyway history aside. */
	private static final String TABLES = """
			select table_name from information_schema.tables
			where lower(table_schema) = lower(current_schema) and lower(table_name) <> 'flyway_schema_history'
			order by table_name""";

	@Test
	void shouldEndAnEmptyH2DatabaseWhereTheVersionedMigrationsEndIt() throws Exception {
		Assumptions.assumeFalse(postgresRun(), "the PostgreSQL run compares PostgreSQL");
		compare((name) -> new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""),
				(name) -> JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:" + name, "sa", ""))
					.sql("SHUTDOWN")
					.update());
	}

	@Test
	void shouldEndAnEmptyPostgresqlDatabaseWhereTheVersionedMigrationsEndIt() throws Exception {
		Assumptions.assumeTrue(postgresRun(), "PostgreSQL comparison skipped: this run uses H2. Set "
				+ "STEPPINGSTONE_TEST_POSTGRES_URL (source .ci/postgres.sh start) to run it.");
		String serverUrl = System.getProperty("spring.datasource.url");
		String user = System.getProperty("spring.datasource.username", "postgres");
		String password = System.getProperty("spring.datasource.password", "");
		Matcher matcher = POSTGRES_URL.matcher(serverUrl);
		assertThat(matcher.matches()).as(serverUrl).isTrue();
		try (Connection server = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = server.createStatement()) {
			compare((name) -> {
				execute(statement, "CREATE DATABASE " + name);
				return new DriverManagerDataSource(matcher.group(1) + name + matcher.group(3), user, password);
			}, (name) -> execute(statement, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
		}
	}

	private void compare(DatabaseFactory databases, Consumer<String> drop) throws Exception {
		String suffix = Long.toString(System.nanoTime());
		String versionedName = "baseline_versioned_" + suffix;
		String baselineName = "baseline_script_" + suffix;
		try {
			DataSource versioned = databases.create(versionedName);
			DataSource baseline = databases.create(baselineName);

			// A prefix no file has: Flyway sees no baseline script and runs V1-V7, as on
			// a database of an earlier release.
			migrate(flyway(versioned).configuration(Map.of("flyway.baselineMigrationPrefix", "NO-BASELINE-")));
			migrate(flyway(baseline));
			List<String> everyVersion = new ArrayList<>();
			MigrationFiles.versioned().forEach((version) -> everyVersion.add(version + " SQL"));
			everyVersion.addAll(List.of("null JDBC", "null JDBC"));
			assertThat(history(versioned)).containsExactlyElementsOf(everyVersion);
			List<String> fromTheNewestBaseline = new ArrayList<>(MigrationFiles.fromAnEmptyDatabase());
			fromTheNewestBaseline.addAll(List.of("null JDBC", "null JDBC"));
			assertThat(history(baseline)).containsExactlyElementsOf(fromTheNewestBaseline);

			Map<String, String> fromBaseline = describe(baseline);
			assertThat(differences(fromBaseline, describe(versioned))).isEmpty();
			// Whatever went wrong above would show in one of these.
			assertThat(fromBaseline)
				.containsKeys("column programs.price_currency", "column degrees.credit_reduces_tuition",
						"constraint pathways.ck_pathways_status", "rows guide_passages", "rows programs",
						"view source_citations", "rows exchange_rates",
						"constraint exchange_rates.ck_exchange_rates_per_usd")
				.doesNotContainKey("constraint conflicts.uq_conflicts");

			// The next start finds nothing to do and nothing to complain of (V1-V6 are
			// below the baseline, not missing).
			assertThat(flyway(baseline).load().migrate().migrationsExecuted).isZero();
			assertThat(flyway(baseline).load().validateWithResult().validationSuccessful).isTrue();
		}
		finally {
			drop.accept(versionedName);
			drop.accept(baselineName);
		}
	}

	private static FluentConfiguration flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
	}

	private static void migrate(FluentConfiguration configuration) {
		configuration.load().migrate();
	}

	private static List<String> history(DataSource dataSource) {
		return JdbcClient.create(dataSource)
			.sql("select \"version\", \"type\" from \"flyway_schema_history\" where \"success\" and \"type\" <> 'TABLE' order by \"installed_rank\"")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.list();
	}

	/**
	 * The schema and its rows, one entry per table, column, constraint, index and view,
	 * each described by what the database says of it.
	 */
	private static Map<String, String> describe(DataSource dataSource) throws SQLException {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Map<String, String> described = new TreeMap<>();
		List<String> tables = jdbc.sql(TABLES).query(String.class).list();
		jdbc.sql("""
				select c.table_name, c.column_name, c.ordinal_position, c.data_type, c.character_maximum_length,
					c.numeric_precision, c.numeric_scale, c.is_nullable, c.column_default
				from information_schema.columns c
				where lower(c.table_schema) = lower(current_schema) and lower(c.table_name) <> 'flyway_schema_history'
				""").query((rs) -> {
			described.put(key("column", rs.getString(1), rs.getString(2)), row(rs, 3, 9));
		});
		jdbc.sql("""
				select t.table_name, t.constraint_name, t.constraint_type, cc.check_clause
				from information_schema.table_constraints t
				left join information_schema.check_constraints cc
					on cc.constraint_schema = t.constraint_schema and cc.constraint_name = t.constraint_name
				where lower(t.table_schema) = lower(current_schema) and lower(t.table_name) <> 'flyway_schema_history'
					and lower(t.constraint_name) not like '%not_null%' and t.constraint_name not like '%NOT_NULL%'
				""").query((rs) -> {
			described.put(key("constraint", rs.getString(1), rs.getString(2)), row(rs, 3, 4));
		});
		jdbc.sql("""
				select k.table_name, k.constraint_name, k.column_name, k.ordinal_position
				from information_schema.key_column_usage k
				where lower(k.table_schema) = lower(current_schema) and lower(k.table_name) <> 'flyway_schema_history'
				""").query((rs) -> {
			described.merge(key("keys", rs.getString(1), rs.getString(2)), row(rs, 3, 4), (a, b) -> sorted(a, b));
		});
		jdbc.sql("""
				select table_name, view_definition from information_schema.views
				where lower(table_schema) = lower(current_schema)
				""").query((rs) -> {
			described.put(key("view", rs.getString(1), ""), rs.getString(2));
		});
		try (Connection connection = dataSource.getConnection()) {
			for (String table : tables) {
				describeIndexes(connection, table, described);
			}
		}
		for (String table : tables) {
			List<String> rows = new ArrayList<>();
			jdbc.sql("select * from " + table).query((rs) -> {
				rows.add(row(rs, 1, rs.getMetaData().getColumnCount()));
			});
			rows.sort(null);
			described.put(key("rows", table, ""), rows.size() + " rows " + rows);
		}
		return described;
	}

	/**
	 * The indexes of a table: each index the scripts name, with its columns, and each set
	 * of columns some index covers, unique or not. H2 names the indexes it makes for keys
	 * by the order it made them in, and leaves one out where V7's table rebuilds found an
	 * index it could reuse: neither changes what the database checks or how it finds
	 * rows.
	 */
	private static void describeIndexes(Connection connection, String table, Map<String, String> described)
			throws SQLException {
		Map<String, List<String>> columns = new TreeMap<>();
		Map<String, Boolean> unique = new TreeMap<>();
		try (ResultSet rs = connection.getMetaData()
			.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
			while (rs.next()) {
				String name = rs.getString("INDEX_NAME");
				if (name != null) {
					List<String> list = columns.computeIfAbsent(name.toLowerCase(), (n) -> new ArrayList<>());
					int position = rs.getInt("ORDINAL_POSITION");
					while (list.size() < position) {
						list.add(null);
					}
					list.set(position - 1, rs.getString("COLUMN_NAME").toLowerCase());
					unique.put(name.toLowerCase(), !rs.getBoolean("NON_UNIQUE"));
				}
			}
		}
		columns.forEach((name, indexed) -> {
			String description = (unique.get(name) ? "unique " : "") + indexed;
			if (name.startsWith("ix_")) {
				described.put(key("index", table, name), description);
			}
			described.merge(key("indexed", table, indexed.toString()), unique.get(name) ? "unique" : "",
					(a, b) -> a.isEmpty() ? b : a);
		});
	}

	/** What differs, one line per entry: nothing when the two are the same. */
	private static List<String> differences(Map<String, String> baseline, Map<String, String> versioned) {
		Set<String> keys = new TreeSet<>(baseline.keySet());
		keys.addAll(versioned.keySet());
		return keys.stream()
			.filter((key) -> !Objects.equals(baseline.get(key), versioned.get(key)))
			.map((key) -> key + "\n  B7:    " + abbreviated(baseline.get(key)) + "\n  V1-V7: "
					+ abbreviated(versioned.get(key)))
			.toList();
	}

	private static String abbreviated(String value) {
		return (value == null || value.length() <= 300) ? value : value.substring(0, 300) + "…";
	}

	private static String key(String kind, String table, String name) {
		return (kind + " " + table.toLowerCase() + (name.isEmpty() ? "" : "." + name.toLowerCase()));
	}

	private static String row(ResultSet rs, int from, int to) throws SQLException {
		List<String> values = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			values.add(String.valueOf(rs.getObject(i)));
		}
		return String.join("|", values);
	}

	private static String sorted(String a, String b) {
		List<String> parts = new ArrayList<>(Arrays.asList((a + ";" + b).split(";")));
		parts.sort(null);
		return String.join(";", parts);
	}

	private static void execute(Statement statement, String sql) {
		try {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private static boolean postgresRun() {
		return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
	}

	@FunctionalInterface
	private interface DatabaseFactory {

		DataSource create(String name) throws Exception;

	}

}
