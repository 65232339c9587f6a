package org.steppingstone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read of another module's tables goes through that module: Spring Modulith sees
 * what a module's code uses, not the tables its SQL names, so this test reads each main
 * source file, finds the tables named in its SQL (after {@code from}, {@code join},
 * {@code update} or {@code into}, in string literals and text blocks, literals joined by
 * {@code +} read as one) and fails when a module names a table another module owns. A JPA
 * entity's table (and its collection tables) belongs to the entity's module; the tables
 * without an entity are listed here with their owner, and every table the migrations
 * create must have one. JPQL names entities, not tables, so it passes, as reads through
 * another module's repositories should.
 */
class ModuleTablesTests {

	private static final Path MAIN = Path.of("src", "main", "java");

	private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	/** The tables no entity maps, and the module that owns each. */
	private static final Map<String, String> WITHOUT_ENTITY = Map.of(
			// The data releases and their changes: /changes and the feeds.
			"releases", "changes", "release_changes", "changes",
			// The reference exchange rates and their source: source/RateTable reads them.
			"exchange_rates", "source", "exchange_rate_sources", "source",
			// A view (created by a migration) of what each source is cited for.
			"source_citations", "source",
			// Which catalog file the loader loaded: only the loader and its tests read
			// it.
			"catalog_edition", "data");

	/**
	 * The modules that write every table, exempt: {@code data} loads the catalog and the
	 * rates files into all of them, run by the repeatable migrations of
	 * {@code db.migration}; both are the schema's and the data's owner, not a reader.
	 */
	private static final Set<String> EXEMPT = Set.of("data", "db.migration");

	/**
	 * Reads of another module's table that are declared rather than routed: the file, and
	 * the tables it may name.
	 */
	private static final Map<String, Set<String>> DECLARED = Map.of(
			// A pathway's status words rest on how many of its sources are official,
			// counted in the statement that reads the pathway (@Formula); catalog
			// depends on source, which owns the sources.
			"org/steppingstone/catalog/Pathway.java", Set.of("sources"));

	private static final Pattern OWNED_TABLE = Pattern
		.compile("@(?:Collection)?Table\\(\\s*name\\s*=\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"");

	private static final Pattern CREATED_TABLE = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern NAMED_TABLE = Pattern
		.compile("\\b(?:from|join|update|into)\\s+[\\\\\"`]*([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	@Test
	void shouldReadAnotherModulesTablesOnlyThroughThatModule() throws IOException {
		Map<String, String> owners = owners();
		List<String> trespasses = new ArrayList<>();
		for (Path file : mainSources()) {
			String name = MAIN.relativize(file).toString().replace('\\', '/');
			String module = module(name);
			if (EXEMPT.contains(module)) {
				continue;
			}
			for (String table : tablesNamed(Files.readString(file))) {
				String owner = owners.get(table);
				if (owner != null && !owner.equals(module) && !DECLARED.getOrDefault(name, Set.of()).contains(table)) {
					trespasses.add(name + " names " + table + ", a table of " + owner);
				}
			}
		}
		assertThat(trespasses)
			.as("SQL that reads another module's table (read it through that module, or declare it in %s)",
					getClass().getSimpleName())
			.isEmpty();
	}

	@Test
	void shouldGiveEveryTableTheMigrationsCreateAnOwner() throws IOException {
		Map<String, String> owners = owners();
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".sql")).toList()) {
				Matcher matcher = CREATED_TABLE.matcher(Files.readString(file));
				while (matcher.find()) {
					created.add(matcher.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(created).as("the tables the migrations create").contains("programs", "releases", "exchange_rates");
		assertThat(owners.keySet()).as("tables with an owner (an entity's module, or listed here)")
			.containsAll(created);
	}

	/** The check sees the reads a module makes of its own tables: it reads real files. */
	@Test
	void shouldFindTheSqlOfTheModulesThatReadTheirOwnTables() throws IOException {
		assertThat(tablesNamed(Files.readString(MAIN.resolve("org/steppingstone/changes/ReleaseNotes.java"))))
			.contains("releases", "release_changes");
		assertThat(tablesNamed(Files.readString(MAIN.resolve("org/steppingstone/source/RateTable.java"))))
			.contains("exchange_rates", "exchange_rate_sources");
		assertThat(owners()).containsEntry("programs", "catalog")
			.containsEntry("program_sources", "catalog")
			.containsEntry("sources", "source")
			.containsEntry("guide_passages", "guide");
	}

	@Test
	void shouldFindTablesInLiteralsTextBlocksAndJoinedLiteralsButNotInCommentsOrJpql() throws IOException {
		String code = """
				// select * from guide_passages
				/* update reasons set x = 1 */
				String one = "select id from programs where id = ?";
				String two = \"""
						select d.id
						from degrees d JOIN institutions i on i.id = d.institution_id\""";
				String three = "select p.title from pathways w" + " join" +
						" \\"courses\\" c on c.id = w.id";
				char quote = '"';
				String four = "insert into releases values (?)";
				""";
		assertThat(tablesNamed(code)).contains("programs", "degrees", "institutions", "pathways", "courses", "releases")
			.doesNotContain("guide_passages", "reasons");
		assertThat(tablesNamed("String jpql = \"select c from Course c join fetch c.program where c.id = ?\";"))
			.doesNotContainAnyElementsOf(owners().keySet());
	}

	/** Each table's owning module: its entity's module, or as listed. */
	private static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new TreeMap<>(WITHOUT_ENTITY);
		for (Path file : mainSources()) {
			String name = MAIN.relativize(file).toString().replace('\\', '/');
			Matcher matcher = OWNED_TABLE.matcher(Files.readString(file));
			while (matcher.find()) {
				String previous = owners.put(matcher.group(1).toLowerCase(Locale.ROOT), module(name));
				assertThat(previous).as("a second owner of " + matcher.group(1)).isIn(null, module(name));
			}
		}
		return owners;
	}

	private static List<Path> mainSources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((f) -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

	/**
	 * The module a file belongs to: the package right under {@code org.steppingstone}, or
	 * the file's whole package outside it ({@code db.migration}).
	 */
	private static String module(String file) {
		String[] parts = file.split("/");
		if (file.startsWith("org/steppingstone/")) {
			return (parts.length > 3) ? parts[2] : "application";
		}
		return String.join(".", List.of(parts).subList(0, parts.length - 1));
	}

	/** The names after from, join, update and into in the file's strings, lower case. */
	static Set<String> tablesNamed(String code) {
		Set<String> tables = new TreeSet<>();
		for (String string : strings(code)) {
			Matcher matcher = NAMED_TABLE.matcher(string);
			while (matcher.find()) {
				tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	/**
	 * The contents of the string literals and text blocks in Java code, outside comments
	 * and character literals; literals joined by {@code +} come as one string.
	 */
	static List<String> strings(String code) {
		List<String> strings = new ArrayList<>();
		int previousEnd = -1;
		int i = 0;
		while (i < code.length()) {
			if (code.startsWith("//", i)) {
				i = endOf(code, "\n", i + 2);
			}
			else if (code.startsWith("/*", i)) {
				i = endOf(code, "*/", i + 2);
			}
			else if (code.charAt(i) == '\'') {
				i = endOfQuoted(code, "'", i + 1);
			}
			else if (code.charAt(i) == '"') {
				String delimiter = code.startsWith("\"\"\"", i) ? "\"\"\"" : "\"";
				int start = i + delimiter.length();
				int end = endOfQuoted(code, delimiter, start);
				String content = code.substring(start, Math.max(start, end - delimiter.length()));
				if (previousEnd >= 0 && code.substring(previousEnd, i).strip().equals("+")) {
					strings.set(strings.size() - 1, strings.get(strings.size() - 1) + content);
				}
				else {
					strings.add(content);
				}
				previousEnd = end;
				i = end;
			}
			else {
				i++;
			}
		}
		return strings;
	}

	/** The index just after the next {@code end}, or the code's length. */
	private static int endOf(String code, String end, int from) {
		int at = code.indexOf(end, from);
		return (at < 0) ? code.length() : at + end.length();
	}

	/** The index just after the closing delimiter, skipping escaped characters. */
	private static int endOfQuoted(String code, String delimiter, int from) {
		int i = from;
		while (i < code.length()) {
			if (code.charAt(i) == '\\') {
				i += 2;
			}
			else if (code.startsWith(delimiter, i)) {
				return i + delimiter.length();
			}
			else {
				i++;
			}
		}
		return code.length();
	}

}
