package org.steppingstone.programs;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.Pages;
import org.steppingstone.source.Citation;
import org.steppingstone.source.Source;
import org.steppingstone.source.SourceRepository;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;

/**
 * {@code /programs.csv} and {@code /pathways.csv}, parsed back and compared with the
 * database and with the lists the pages show for the same filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogExportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private PathwayRepository pathways;

	@Autowired
	private SourceRepository sources;

	@Test
	void shouldExportEveryProgramWithItsFiguresSourcesAndDates() throws Exception {
		MockHttpServletResponse response = fetch("/programs.csv?includeRetired=true", 200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"programs.csv\"");
		List<CSVRecord> records = parse(response);
		Map<String, Program> byId = this.programs.findAllWithInstitution()
			.stream()
			.collect(Collectors.toMap(Program::getId, Function.identity()));
		assertThat(records).hasSize(byId.size());
		assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(ProgramCsv.COLUMNS);
		for (CSVRecord record : records) {
			Program program = byId.get(record.get("id"));
			assertThat(program).as(record.get("id")).isNotNull();
			assertThat(record.get("title")).isEqualTo(program.getTitle());
			assertThat(record.get("url")).isEqualTo("http://localhost/programs/" + program.getId());
			assertThat(record.get("institution")).isEqualTo(program.getInstitution().getName());
			assertThat(record.get("field")).isEqualTo(program.getField().getLabel());
			assertThat(record.get("course_count")).isEqualTo(text(program.getCourseCount()));
			SourcedAmount price = program.getPrice();
			assertThat(decimal(record.get("price_amount")))
				.isEqualTo(decimal(text((price != null) ? price.value() : null)));
			assertThat(record.get("price_currency")).isEqualTo(text((price != null) ? price.currencyCode() : null));
			assertThat(record.get("price_source")).isEqualTo(text((price != null) ? price.sourceId() : null));
			assertSourceNamed(record, "price_source", (price != null) ? price.sourceId() : null);
			assertThat(record.get("price_as_of")).isEqualTo(text((price != null) ? price.asOf() : null));
			assertThat(record.get("price_note")).isEqualTo(text((price != null) ? price.note() : null));
			SourcedRange length = program.getLength();
			assertThat(record.get("length_months_min")).isEqualTo(text((length != null) ? length.min() : null));
			assertThat(record.get("length_months_max")).isEqualTo(text((length != null) ? length.max() : null));
			assertThat(record.get("length_source")).isEqualTo(text((length != null) ? length.sourceId() : null));
			assertSourceNamed(record, "length_source", (length != null) ? length.sourceId() : null);
			assertSourceNamed(record, "retired_source", program.getRetiredOnSourceId());
			assertThat(record.get("length_as_of")).isEqualTo(text((length != null) ? length.asOf() : null));
		}
	}

	@Test
	void shouldGiveTheLargestCreditShareWithThePathwayAndSourcesItComesFrom() throws Exception {
		CSVRecord scm = parse(fetch("/programs.csv?q=supply%20chain%20management", 200)).stream()
			.filter((r) -> r.get("id").equals("mitx-supply-chain-management"))
			.findFirst()
			.orElseThrow();
		Pathway best = this.pathways.findAllWithDetails()
			.stream()
			.filter((w) -> w.getProgram().getId().equals("mitx-supply-chain-management"))
			.filter((w) -> w.getCreditSharePercent() != null)
			.max(java.util.Comparator.comparing(Pathway::getCreditSharePercent))
			.orElseThrow();
		assertThat(new BigDecimal(scm.get("best_credit_share_percent"))).isEqualByComparingTo("50");
		assertThat(scm.get("best_credit_share_pathway")).isEqualTo(best.getId());
		assertThat(scm.get("best_credit_share_sources").split(" ")).containsExactlyElementsOf(best.getSourceIds());
		assertThat(scm.get("best_credit_share_as_of")).isEqualTo("2019");
		assertThat(scm.get("pathway_count")).isEqualTo("5");
	}

	@Test
	void shouldExportWhatTheFilteredAndSortedPageLists() throws Exception {
		String query = "field=data-science-analytics&maxPrice=1450&sort=price";
		List<String> shown = Pages.fetch(this.mvc, "/programs?" + query).select(".program-card h3 a").eachText();
		List<CSVRecord> records = parse(fetch("/programs.csv?" + query, 200));
		assertThat(records).extracting((r) -> r.get("title")).containsExactlyElementsOf(shown);
		assertThat(shown).containsExactly("MicroMasters Program in Big Data", "MicroMasters Program in Data Science",
				"MicroMasters Program in Big Data Technology");
		assertThat(records).extracting((r) -> r.get("price_currency")).containsOnly("USD");
		assertThat(records).extracting((r) -> new BigDecimal(r.get("price_amount")))
			.allMatch((price) -> price.compareTo(new BigDecimal("1450")) <= 0)
			.isSorted();
	}

	@Test
	void shouldLinkFromEachListToTheExportOfWhatItShows() throws Exception {
		Document programList = Pages.fetch(this.mvc, "/programs?field=engineering&sort=price");
		assertThat(programList.select("a[href^=/programs.csv][download]").eachAttr("href"))
			.containsExactly("/programs.csv?field=engineering&sort=price");
		assertThat(programList.selectFirst("a[href^=/programs.csv][download]").text())
			.isEqualTo("Download these results (CSV)");
		Document pathwayList = Pages.fetch(this.mvc, "/pathways?kind=credit");
		assertThat(pathwayList.select("a[href^=/pathways.csv][download]").eachAttr("href"))
			.containsExactly("/pathways.csv?kind=credit");
		assertThat(parse(fetch("/pathways.csv?kind=credit", 200))).extracting((r) -> r.get("id"))
			.containsExactlyElementsOf(pathwayList.select("table.pathways tbody th a")
				.eachAttr("href")
				.stream()
				.map((href) -> href.substring("/pathways/".length()))
				.toList());
	}

	@Test
	void shouldExportEveryPathwayWithItsSources() throws Exception {
		MockHttpServletResponse response = fetch("/pathways.csv?includeHistorical=true", 200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"pathways.csv\"");
		List<CSVRecord> records = parse(response);
		Collator collator = Collator.getInstance(Locale.ENGLISH);
		List<Pathway> all = this.pathways.findAllWithDetails()
			.stream()
			.sorted(Comparator.comparing((Pathway w) -> w.getProgram().getTitle(), collator)
				.thenComparing(Pathway::getId))
			.toList();
		assertThat(records).extracting((r) -> r.get("id"))
			.containsExactlyElementsOf(all.stream().map(Pathway::getId).toList());
		for (int i = 0; i < all.size(); i++) {
			Pathway w = all.get(i);
			CSVRecord record = records.get(i);
			assertThat(record.get("url")).isEqualTo("http://localhost/pathways/" + w.getId());
			assertThat(record.get("program_title")).isEqualTo(w.getProgram().getTitle());
			assertThat(record.get("degree_title"))
				.isEqualTo(text((w.getDegree() != null) ? w.getDegree().getTitle() : null));
			assertThat(record.get("receiving_institution")).isEqualTo(w.getInstitution().getName());
			assertThat(record.get("receiving_country")).isEqualTo(w.getInstitution().getCountry());
			assertThat(record.get("kind")).isEqualTo(w.getKind());
			assertThat(decimal(record.get("credit_share_percent"))).isEqualTo(decimal(text(w.getCreditSharePercent())));
			assertThat(decimal(record.get("credit_value"))).isEqualTo(decimal(text(w.getCreditValue())));
			assertThat(record.get("status")).isEqualTo(w.getStatus());
			assertThat(record.get("as_of")).isEqualTo(text(w.getAsOf()));
			assertThat(record.get("sources")).isEqualTo(String.join(" ", w.getSourceIds()));
			Map<String, Source> named = this.sources.mapByIds(w.getSourceIds());
			assertThat(record.get("source_titles").split(" \\| "))
				.containsExactlyElementsOf(w.getSourceIds().stream().map((id) -> named.get(id).getTitle()).toList());
			assertThat(record.get("source_urls").split(" "))
				.containsExactlyElementsOf(w.getSourceIds().stream().map((id) -> named.get(id).getUrl()).toList());
		}
	}

	@Test
	void shouldNameTheSourcesOfTheLargestShareAndOfEachDegreeFigure() throws Exception {
		CSVRecord scm = parse(fetch("/programs.csv?q=supply%20chain%20management", 200)).stream()
			.filter((r) -> r.get("id").equals("mitx-supply-chain-management"))
			.findFirst()
			.orElseThrow();
		List<String> ids = List.of(scm.get("best_credit_share_sources").split(" "));
		assertThat(ids).contains("mit-ctl-scmb-faq");
		assertThat(scm.get("best_credit_share_source_titles").split(" \\| ")).hasSameSizeAs(ids)
			.contains(this.sources.mapByIds(List.of("mit-ctl-scmb-faq")).get("mit-ctl-scmb-faq").getTitle());
		assertThat(scm.get("best_credit_share_source_urls").split(" ")).hasSameSizeAs(ids)
			.allSatisfy((url) -> assertThat(url).startsWith("http"));

		List<CSVRecord> degrees = parse(fetch("/degrees.csv", 200));
		CSVRecord hkust = degrees.stream()
			.filter((r) -> r.get("id").equals("hkust-msc-big-data-technology"))
			.findFirst()
			.orElseThrow();
		// The tuition in the currency its source uses, named beside it: never a column
		// that says US dollars.
		assertThat(hkust.get("tuition_currency")).isEqualTo("HKD");
		assertThat(hkust.getParser().getHeaderNames()).doesNotContain("tuition_usd");
		for (CSVRecord degree : degrees) {
			for (String figure : List.of("tuition", "credits", "length")) {
				String id = degree.get(figure + "_source_id");
				Source source = id.isEmpty() ? null : this.sources.mapByIds(List.of(id)).get(id);
				assertThat(degree.get(figure + "_source_title")).as(degree.get("id") + " " + figure)
					.isEqualTo(text((source != null) ? source.getTitle() : null));
				assertThat(degree.get(figure + "_source_url")).as(degree.get("id") + " " + figure)
					.isEqualTo(text((source != null) ? source.getUrl() : null));
			}
			assertThat(degree.get("tuition_currency").isEmpty()).isEqualTo(degree.get("tuition_amount").isEmpty());
		}
	}

	@Test
	void shouldExportEverySourceWithItsPublisherKindDateAndAddress() throws Exception {
		MockHttpServletResponse response = fetch("/sources.csv", 200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"sources.csv\"");
		List<CSVRecord> records = parse(response);
		List<Source> all = this.sources.findAllByOrderByPublisherAscTitleAsc();
		assertThat(records).hasSize(all.size()).hasSizeGreaterThan(100);
		assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("id", "title", "publisher", "kind",
				"published_on", "url", "page_url", "facts_cited");
		Map<String, Long> cited = this.sources.findAllCitations()
			.stream()
			.collect(Collectors.groupingBy(Citation::getSourceId, Collectors.counting()));
		for (int i = 0; i < all.size(); i++) {
			Source s = all.get(i);
			CSVRecord record = records.get(i);
			assertThat(record.get("id")).isEqualTo(s.getId());
			assertThat(record.get("title")).isEqualTo(s.getTitle()).doesNotContain("|");
			assertThat(record.get("publisher")).isEqualTo(s.getPublisher());
			assertThat(record.get("kind")).isEqualTo(s.getKind());
			assertThat(record.get("published_on")).isEqualTo(text(s.getPublishedOn()));
			assertThat(record.get("url")).isEqualTo(s.getUrl());
			assertThat(record.get("page_url")).isEqualTo("http://localhost/sources#source-" + s.getId());
			assertThat(record.get("facts_cited")).isEqualTo(String.valueOf(cited.getOrDefault(s.getId(), 0L)));
		}
		assertThat(records).extracting((r) -> Integer.parseInt(r.get("facts_cited"))).anyMatch((n) -> n > 0);
		Document page = Pages.fetch(this.mvc, "/sources");
		assertThat(page.select("a[href=/sources.csv][download]").eachText())
			.containsExactly("Download every source (CSV)");
	}

	/**
	 * A source id's cell is followed by its source's title and address, or all three are
	 * empty.
	 */
	private void assertSourceNamed(CSVRecord record, String column, String id) {
		Source source = (id != null) ? this.sources.mapByIds(List.of(id)).get(id) : null;
		assertThat(source == null).as("%s %s names a source", record.get("id"), column).isEqualTo(id == null);
		assertThat(record.get(column + "_title")).isEqualTo(text((source != null) ? source.getTitle() : null));
		assertThat(record.get(column + "_url")).isEqualTo(text((source != null) ? source.getUrl() : null));
	}

	@Test
	void shouldQuoteTitlesWithCommasAndKeepNonAsciiNames() throws Exception {
		MockHttpServletResponse response = fetch("/pathways.csv?country=MX", 200);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains(",\"MicroMasters Program in Data, Economics, and Design of Policy\",");
		List<CSVRecord> records = parse(response);
		assertThat(records).isNotEmpty().allSatisfy((r) -> assertThat(r.get("receiving_country")).isEqualTo("MX"));
		assertThat(records).extracting((r) -> r.get("receiving_institution"))
			.contains("Instituto Tecnológico Autónomo de México (ITAM)");
		assertThat(records).extracting((r) -> r.get("program_title"))
			.contains("MicroMasters Program in Data, Economics, and Design of Policy");
	}

	@Nested
	class BadFilters {

		@ParameterizedTest
		@ValueSource(strings = { "/programs.csv?maxPrice=abc", "/programs.csv?institution=no-such-university",
				"/programs.csv?country=ZZ", "/programs.csv?sort=%3Cscript%3E", "/programs.csv?maxMonths=99999999999",
				"/pathways.csv?minShare=101", "/pathways.csv?kind=%3Cscript%3E", "/pathways.csv?institution=nope",
				"/pathways.csv?minShare=1e400", "/degrees.csv?delivery=teleport", "/degrees.csv?country=ZZ",
				"/degrees.csv?accepts=maybe" })
		void shouldAnswerBadRequestWithTheReasonAsText(String url) throws Exception {
			MockHttpServletResponse response = fetch(url, 400);
			assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			String parameter = url.replaceAll(".*\\?([a-zA-Z]+)=.*", "$1");
			assertThat(body).startsWith("This export could not be made").contains(parameter + ": ");
			assertThat(body).doesNotContainIgnoringCase("<script").doesNotContain("Exception", "null");
			assertThat(response.getHeader("Content-Disposition")).isNull();
		}

		@Test
		void shouldIgnoreBlankAndUnknownParametersAsThePageDoes() throws Exception {
			assertThat(parse(fetch("/programs.csv?field=&q=%20&utm_source=mail", 200)))
				.hasSize((int) CatalogExportTests.this.programs.count() - 1);
		}

	}

	private MockHttpServletResponse fetch(String url, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(URI.create(url)).accept(MediaType.ALL))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("GET %s: %s", url, response.getContentAsString()).isEqualTo(status);
		return response;
	}

	private static List<CSVRecord> parse(MockHttpServletResponse response) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)))) {
			return parser.getRecords();
		}
	}

	/** What an empty cell stands for: null. */
	private static String text(Object value) {
		return (value instanceof BigDecimal number) ? number.toPlainString() : Objects.toString(value, "");
	}

	private static BigDecimal decimal(String text) {
		return text.isEmpty() ? null : new BigDecimal(text).stripTrailingZeros();
	}

}
