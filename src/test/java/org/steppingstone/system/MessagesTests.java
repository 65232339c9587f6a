package org.steppingstone.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a template shows comes from messages.properties or the database: a
 * template's own text is only the natural-templating placeholder inside an element whose
 * content Thymeleaf replaces. Every key used exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern OWN_MARKUP = Pattern.compile("~\\{\\s*(this\\s*)?::");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

	@Test
	void shouldHaveNoLiteralTextInTemplates() throws IOException {
		assertThat(literalText(TEMPLATES)).as("literal text in templates").isEmpty();
	}

	@Test
	void shouldFindLiteralTextInAPageThatPassesItsOwnMarkupToTheLayout() throws IOException {
		assertThat(literalText(Path.of("src/test/resources/literal-text")))
			.containsExactly("error/404.html: \"Try the search on the programs page.\"");
	}

	@Test
	void shouldDefineEveryMessageKeyTheTemplatesUse() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates(TEMPLATES)) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void shouldDefineTheKeysBuiltFromData() throws IOException {
		Properties messages = messages();
		Stream.of("official", "press", "third-party", "learner")
			.forEach((kind) -> assertThat(messages).containsKey("source.kind." + kind));
		Stream.of("credit", "admission", "non-degree")
			.forEach((kind) -> assertThat(messages).containsKeys("pathway.kind." + kind));
		Stream.of("admission", "non-degree")
			.forEach((kind) -> assertThat(messages).containsKey("pathway.kind." + kind + ".credit"));
		Stream.of("confirmed", "officialSilent", "unofficial", "historical")
			.forEach((s) -> assertThat(messages).containsKey("pathway.evidence." + s));
		Stream.of("active", "renamed", "retired", "unknown")
			.forEach((s) -> assertThat(messages).containsKey("program.status." + s));
		Stream.of("on-campus", "online", "blended")
			.forEach((d) -> assertThat(messages).containsKey("degree.delivery." + d));
		Stream.of("US-semester-credits", "MIT-units", "ECTS", "course-credits", "courses")
			.forEach((u) -> assertThat(messages).containsKey("unit." + u));
		Stream.of("computed", "stated").forEach((b) -> assertThat(messages).containsKey("pathway.basis." + b));
		Stream
			.of("price", "length", "effort", "audit", "program", "course", "credits", "tuition", "degree", "pathway",
					"disagreement")
			.forEach((f) -> assertThat(messages).containsKey("citation." + f));
		org.steppingstone.CatalogJson.array("conflicts")
			.forEach((c) -> assertThat(messages).containsKey("conflict.field." + c.get("field").asString()));
		Stream.of("program", "programPage", "degree", "degreeAt", "kind", "credit", "admission", "status", "details")
			.forEach((column) -> assertThat(messages).containsKey("pathways.col." + column));
		Stream.of("q", "field", "institution", "maxPrice", "maxMonths", "credit", "country", "sort")
			.forEach((f) -> assertThat(messages).containsKey("programs.filter." + f));
	}

	private static List<String> literalText(Path dir) throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates(dir)) {
			// As written: an HTML parser would move a th:block out of a table row, and
			// its text with it.
			Element root = Jsoup.parse(Files.readString(template), Parser.xmlParser());
			for (TextNode text : root.getAllElements().stream().flatMap((e) -> e.textNodes().stream()).toList()) {
				if (text.text().matches(".*\\p{L}{2,}.*") && !replacedByThymeleaf(text.parent())) {
					literals.add(dir.relativize(template) + ": \"" + text.text().strip() + "\"");
				}
			}
		}
		return literals;
	}

	/**
	 * Whether Thymeleaf replaces this element's content. A th:replace or th:insert that
	 * passes this template's own markup on ({@code ~{::main}}, as every page does to the
	 * layout) renders that markup, so it replaces nothing.
	 */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:errors")) {
				return true;
			}
			for (String inclusion : List.of("th:replace", "th:insert")) {
				if (e.hasAttr(inclusion) && !OWN_MARKUP.matcher(e.attr(inclusion)).find()) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Path> templates(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
