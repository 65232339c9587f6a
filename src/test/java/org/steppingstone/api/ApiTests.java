package org.steppingstone.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.steppingstone.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over real HTTP, checked against the migrated database and against the
 * pages it mirrors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCM = "mitx-supply-chain-management";

	private static final String SCM_DEGREE = "mit-masters-supply-chain-management";

	private static final String SCM_PATHWAY = "mitx-supply-chain-management-to-mit-masters-supply-chain-management";

	@Autowired
	private RestTestClient client;

	@Autowired
	private DataSource dataSource;

	@LocalServerPort
	private int port;

	private JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	@Nested
	class Programs {

		@Test
		void shouldListProgramsByTitleTwentyToAPage() {
			JsonNode first = get("/api/v1/programs");
			List<String> titles = jdbc.sql("select title from programs").query(String.class).list();
			titles.sort(String.CASE_INSENSITIVE_ORDER);
			assertThat(first.get("totalItems").asInt()).isEqualTo(titles.size()).isEqualTo(25);
			assertThat(first.get("page").asInt()).isZero();
			assertThat(first.get("size").asInt()).isEqualTo(20);
			assertThat(first.get("totalPages").asInt()).isEqualTo(2);
			assertThat(texts(first.get("items"), "title")).containsExactlyElementsOf(titles.subList(0, 20));
			assertThat(first.at("/links/next").asString()).isEqualTo("/api/v1/programs?size=20&page=1");
			assertThat(first.at("/links/prev").isNull()).isTrue();

			JsonNode second = get(first.at("/links/next").asString());
			assertThat(texts(second.get("items"), "title")).containsExactlyElementsOf(titles.subList(20, 25));
			assertThat(second.at("/links/prev").asString()).isEqualTo("/api/v1/programs?size=20&page=0");
			assertThat(second.at("/links/next").isNull()).isTrue();
			assertThat(get("/api/v1/programs?page=7").get("items")).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "field=data-science-analytics&sort=price", "credit=true&country=AU&maxMonths=12",
				"q=ADELAIDE%20big", "q=probability", "sort=share", "sort=length&maxPrice=1500",
				"institution=mit&sort=price", "field=engineering&maxPrice=6000&sort=price", "maxPrice=10" })
		void shouldFilterAndSortAsTheCatalogPageDoes(String query) {
			List<String> onPage = Jsoup.parse(html("/programs?" + query)).select(".program-card h3 a").eachAttr("href");
			JsonNode list = get("/api/v1/programs?size=100&" + query);
			assertThat(texts(list.get("items"), "links", "html")).containsExactlyElementsOf(onPage);
			assertThat(list.get("totalItems").asInt()).isEqualTo(onPage.size());
		}

		@Test
		void shouldFindTheCheapestDataScienceProgramFirst() {
			JsonNode first = get("/api/v1/programs?field=data-science-analytics&sort=price&size=1").at("/items/0");
			assertThat(first.get("title").asString()).isEqualTo("MicroMasters Program in Big Data");
			assertThat(first.at("/price/amount").decimalValue()).isEqualByComparingTo("985.50");
			assertThat(first.at("/institution/name").asString()).isEqualTo("The University of Adelaide");
			assertThat(first.at("/field/label").asString()).isEqualTo("Data Science & Analytics");
		}

		@Test
		void shouldGiveEveryListedPriceAndLengthItsSourceAndDate() {
			JsonNode items = get("/api/v1/programs?size=100").get("items");
			Map<String, Map<String, Object>> rows = jdbc
				.sql("select id, price_value, price_as_of, price_source_id, length_min, length_max, length_as_of, "
						+ "length_source_id from programs")
				.query()
				.listOfRows()
				.stream()
				.collect(Collectors.toMap((row) -> (String) value(row, "id"), (row) -> row));
			int priced = 0;
			for (JsonNode item : items) {
				Map<String, Object> row = rows.get(item.get("id").asString());
				JsonNode price = item.get("price");
				if (value(row, "price_source_id") == null) {
					assertThat(price.isNull()).isTrue();
					continue;
				}
				priced++;
				assertThat(price.get("source").asString()).isEqualTo(value(row, "price_source_id"));
				assertThat(price.get("asOf").isNull() ? null : price.get("asOf").asString())
					.isEqualTo(value(row, "price_as_of"));
				assertThat(price.get("currency").asString()).isEqualTo("USD");
				if (value(row, "price_value") != null) {
					assertThat(price.get("amount").isNumber()).isTrue();
					assertThat(price.get("amount").decimalValue())
						.isEqualByComparingTo((BigDecimal) value(row, "price_value"));
				}
				JsonNode length = item.get("lengthMonths");
				if (value(row, "length_source_id") != null) {
					assertThat(length.get("min").asInt()).isEqualTo(((Number) value(row, "length_min")).intValue());
					assertThat(length.get("source").asString()).isEqualTo(value(row, "length_source_id"));
				}
			}
			assertThat(priced).isPositive()
				.isEqualTo(jdbc.sql("select count(*) from programs where price_source_id is not null")
					.query(Integer.class)
					.single());
		}

		@Test
		void shouldNameThePathwayAndSourcesBehindTheBestCreditShare() {
			JsonNode scm = find(get("/api/v1/programs?sort=share&size=100").get("items"), SCM);
			assertThat(scm.at("/bestCreditShare/percent").decimalValue()).isEqualByComparingTo("50");
			assertThat(scm.at("/bestCreditShare/pathway").asString()).isEqualTo(SCM_PATHWAY);
			assertThat(scm.at("/bestCreditShare/asOf").asString()).isEqualTo("2019");
			assertThat(texts(scm.at("/bestCreditShare/sourceIds"))).containsExactlyElementsOf(
					jdbc.sql("select source_id from pathway_sources where pathway_id = ? order by position")
						.param(SCM_PATHWAY)
						.query(String.class)
						.list());
			assertThat(scm.get("pathwayCount").asInt()).isEqualTo(4);
			assertThat(scm.get("hasCreditPathway").asBoolean()).isTrue();
		}

		@Test
		void shouldShowAProgramWithItsCoursesAndPathwaysAsStored() {
			JsonNode program = get("/api/v1/programs/" + SCM);
			Map<String, Object> row = jdbc.sql("select * from programs where id = ?").param(SCM).query().singleRow();
			assertThat(program.get("title").asString()).isEqualTo(value(row, "title"));
			assertThat(program.at("/price/amount").decimalValue()).isEqualByComparingTo("1350");
			assertThat(program.at("/price/source").asString()).isEqualTo(value(row, "price_source_id"));
			assertThat(program.at("/price/asOf").asString()).isEqualTo(value(row, "price_as_of"))
				.isEqualTo("2017-02-15");
			assertThat(program.at("/price/computed").asBoolean()).isTrue();
			assertThat(program.at("/lengthMonths/min").asInt()).isEqualTo(12);
			assertThat(program.at("/lengthMonths/max").asInt()).isEqualTo(24);
			assertThat(program.at("/lengthMonths/source").asString()).isEqualTo(value(row, "length_source_id"));
			assertThat(program.at("/effortHoursPerWeek/source").asString()).isEqualTo(value(row, "effort_source_id"));
			assertThat(program.at("/auditFree/value").asBoolean()).isTrue();
			assertThat(program.at("/auditFree/source").asString()).isEqualTo(value(row, "audit_free_source_id"));

			List<Map<String, Object>> courses = jdbc
				.sql("select id, position, code, title, elective, weeks, source_id, as_of from courses "
						+ "where program_id = ? order by position")
				.param(SCM)
				.query()
				.listOfRows();
			JsonNode listed = program.get("courses");
			assertThat(listed).hasSize(courses.size()).hasSize(5);
			for (int i = 0; i < courses.size(); i++) {
				JsonNode course = listed.get(i);
				Map<String, Object> expected = courses.get(i);
				assertThat(course.get("id").asString()).isEqualTo(value(expected, "id"));
				assertThat(course.get("position").asInt()).isEqualTo(i + 1);
				assertThat(course.get("code").asString()).isEqualTo(value(expected, "code"));
				assertThat(course.get("title").asString()).isEqualTo(value(expected, "title"));
				assertThat(course.get("elective").asBoolean()).isEqualTo(value(expected, "elective"));
				assertThat(course.get("weeks").asInt()).isEqualTo(((Number) value(expected, "weeks")).intValue());
				assertThat(course.get("source").asString()).isEqualTo(value(expected, "source_id"));
				assertThat(course.get("asOf").asString()).isEqualTo(value(expected, "as_of"));
			}
			assertThat(texts(listed.get(0).get("otherSourceIds"))).containsExactlyElementsOf(
					jdbc.sql("select source_id from course_sources where course_id = ? order by position")
						.param(value(courses.get(0), "id"))
						.query(String.class)
						.list());

			assertThat(texts(program.get("pathways"), "id"))
				.containsExactlyElementsOf(jdbc.sql("select id from pathways where program_id = ? order by id")
					.param(SCM)
					.query(String.class)
					.list());
			JsonNode pathway = find(program.get("pathways"), SCM_PATHWAY);
			assertThat(pathway.at("/degree/id").asString()).isEqualTo(SCM_DEGREE);
			assertThat(pathway.at("/receivingInstitution/name").asString())
				.isEqualTo("Massachusetts Institute of Technology");
			assertThat(pathway.at("/credit/sharePercent").decimalValue()).isEqualByComparingTo("50");
			assertThat(pathway.at("/credit/shareBasis").asString()).isEqualTo("stated");
			assertThat(pathway.get("conditions")).hasSize(4);
			assertThat(pathway.get("conditions").get(0).asString())
				.isEqualTo("Separate application; the credential does not guarantee admission.");
			assertThat(pathway.get("sourceIds")).hasSize(9);
			assertThat(texts(program.get("sourceIds"))).containsExactlyElementsOf(
					jdbc.sql("select source_id from program_sources where program_id = ? order by position")
						.param(SCM)
						.query(String.class)
						.list());
		}

		@Test
		void shouldMarkElectives() {
			String program = "mitx-statistics-and-data-science";
			List<Boolean> stored = jdbc.sql("select elective from courses where program_id = ? order by position")
				.param(program)
				.query(Boolean.class)
				.list();
			JsonNode courses = get("/api/v1/programs/" + program).get("courses");
			List<Boolean> listed = new ArrayList<>();
			courses.forEach((course) -> listed.add(course.get("elective").asBoolean()));
			assertThat(listed).isEqualTo(stored).contains(true, false);
			assertThat(listed.stream().filter(Boolean::booleanValue)).hasSize(4);
		}

		@Test
		void shouldCiteEverySourceItNamesAndListTheDisagreementsThePageShows() {
			JsonNode program = get("/api/v1/programs/" + SCM);
			Set<String> cited = Set.copyOf(texts(program.get("citedSources"), "id"));
			List<String> named = new ArrayList<>(texts(program.get("sourceIds")));
			named.add(program.at("/price/source").asString());
			program.get("courses").forEach((c) -> named.add(c.get("source").asString()));
			program.get("pathways").forEach((p) -> named.addAll(texts(p.get("sourceIds"))));
			assertThat(cited).containsAll(named);
			JsonNode source = find(program.get("citedSources"), "mitx-scm-faq");
			assertThat(source.get("url").asString()).startsWith("https://");
			assertThat(source.get("kind").asString()).isEqualTo("official");

			JsonNode disagreements = program.get("disagreements");
			assertThat(texts(disagreements, "field")).contains("price_usd", "courses.weeks_and_effort", "title");
			JsonNode price = disagreements.valueStream()
				.filter((d) -> d.get("field").asString().equals("price_usd"))
				.findFirst()
				.orElseThrow();
			assertThat(price.get("about").asString()).isEqualTo("program");
			assertThat(price.get("aboutId").asString()).isEqualTo(SCM);
			assertThat(price.get("values")).hasSize(6);
			assertThat(price.get("values").valueStream().filter((v) -> v.get("kept").asBoolean()).toList()).hasSize(1);
			assertThat(texts(price.get("values"), "value")).contains("1350", "1200-1500", "exam fee 200 (not 600)");
			String courseTitle = disagreements.valueStream()
				.filter((d) -> d.get("about").asString().equals("course"))
				.findFirst()
				.orElseThrow()
				.get("label")
				.asString();
			assertThat(courseTitle).isEqualTo("Supply Chain Technology and Systems");
		}

	}

	@Nested
	class Degrees {

		@Test
		void shouldListDegreesByTitleWithTheirPathwayCounts() {
			JsonNode list = get("/api/v1/degrees?size=100");
			List<String> titles = jdbc.sql("select title from degrees order by title").query(String.class).list();
			assertThat(texts(list.get("items"), "title")).containsExactlyElementsOf(titles);
			assertThat(list.get("totalItems").asInt()).isEqualTo(titles.size());
			JsonNode scm = find(list.get("items"), SCM_DEGREE);
			assertThat(scm.get("pathwayCount").asInt())
				.isEqualTo(jdbc.sql("select count(*) from pathways where degree_id = ?")
					.param(SCM_DEGREE)
					.query(Integer.class)
					.single());
			assertThat(scm.at("/tuition/amount").decimalValue()).isEqualByComparingTo("74000");
			assertThat(scm.at("/tuition/asOf").asString()).isEqualTo("2018-07-17");
			assertThat(scm.at("/tuition/source").asString()).isEqualTo("elearninginside-2018-scm-early-success");
			assertThat(scm.at("/credits/value").decimalValue()).isEqualByComparingTo("90");
			assertThat(scm.at("/credits/unit").asString()).isEqualTo("MIT-units");
			assertThat(scm.at("/credits/source").asString()).isEqualTo("mit-ctl-scmb-faq");
		}

		@Test
		void shouldShowADegreeWithTheProgramsItCountsAndItsDisagreements() {
			JsonNode degree = get("/api/v1/degrees/" + SCM_DEGREE);
			assertThat(degree.get("title").asString()).isEqualTo("Master's degree in Supply Chain Management");
			assertThat(degree.get("delivery").asString()).isEqualTo("on-campus");
			assertThat(degree.at("/lengthMonths/source").asString()).isEqualTo("mitx-scm-faq");
			assertThat(degree.at("/lengthMonths/asOf").isNull()).isTrue();
			assertThat(texts(degree.get("pathways"), "id")).containsExactlyElementsOf(jdbc
				.sql("select w.id from pathways w join programs p on p.id = w.program_id where w.degree_id = ? "
						+ "order by p.title, w.id")
				.param(SCM_DEGREE)
				.query(String.class)
				.list());
			assertThat(degree.at("/pathways/0/program/id").asString()).isEqualTo(SCM);
			assertThat(degree.at("/pathways/0/sourceIds")).hasSize(9);
			assertThat(texts(degree.get("disagreements"), "field")).contains("title", "tuition_usd", "credit");
			assertThat(Set.copyOf(texts(degree.get("citedSources"), "id"))).containsAll(texts(degree.get("sourceIds")));
		}

	}

	@Nested
	class Pathways {

		@Test
		void shouldListEveryPathwayByProgramTitle() {
			JsonNode list = get("/api/v1/pathways?size=100");
			assertThat(texts(list.get("items"), "id")).containsExactlyElementsOf(jdbc
				.sql("select w.id from pathways w join programs p on p.id = w.program_id order by p.title, w.id")
				.query(String.class)
				.list());
			assertThat(list.get("totalItems").asInt()).isEqualTo(35);
			list.get("items").forEach((p) -> assertThat(p.get("sourceIds")).as(p.get("id").asString()).isNotEmpty());
		}

		@ParameterizedTest
		@CsvSource({ "kind=credit&minShare=25", "country=AU", "institution=mit", "kind=admission", "minShare=100" })
		void shouldFilterAsThePathwaysPageDoes(String query) {
			List<String> onPage = Jsoup.parse(html("/pathways?" + query))
				.select("table tbody tr th a")
				.eachAttr("href");
			JsonNode list = get("/api/v1/pathways?size=100&" + query);
			assertThat(texts(list.get("items"), "links", "html")).containsExactlyElementsOf(onPage);
		}

		@Test
		void shouldShowAPathwayWithTheFiguresOfItsProgramAndDegree() {
			JsonNode pathway = get("/api/v1/pathways/" + SCM_PATHWAY);
			assertThat(pathway.get("kind").asString()).isEqualTo("credit");
			assertThat(pathway.get("asOf").asString()).isEqualTo("2019");
			assertThat(pathway.get("admissionRequired").asBoolean()).isTrue();
			assertThat(pathway.get("onCampusRequired").asBoolean()).isTrue();
			assertThat(texts(pathway.get("conditions"))).containsExactlyElementsOf(
					jdbc.sql("select text from pathway_conditions where pathway_id = ? order by position")
						.param(SCM_PATHWAY)
						.query(String.class)
						.list());
			assertThat(pathway.at("/program/price/amount").decimalValue()).isEqualByComparingTo("1350");
			assertThat(pathway.at("/program/price/source").asString()).isEqualTo("mitx-scm-faq");
			assertThat(pathway.at("/degree/tuition/amount").decimalValue()).isEqualByComparingTo("74000");
			assertThat(pathway.at("/degree/credits/value").decimalValue()).isEqualByComparingTo("90");
			JsonNode credit = pathway.get("disagreements").get(0);
			assertThat(credit.get("field").asString()).isEqualTo("credit");
			assertThat(credit.get("aboutId").asString()).isEqualTo(SCM_PATHWAY);
			assertThat(Set.copyOf(texts(pathway.get("citedSources"), "id"))).contains("mitx-scm-faq",
					"elearninginside-2018-scm-early-success", "mit-ctl-scmb-faq");
		}

	}

	@Nested
	class InstitutionsAndSources {

		@Test
		void shouldListInstitutionsByNameWithWhatTheyOfferAndReceive() {
			JsonNode list = get("/api/v1/institutions?size=100");
			assertThat(texts(list.get("items"), "name")).containsExactlyElementsOf(
					jdbc.sql("select name from institutions order by name").query(String.class).list());
			JsonNode mit = find(list.get("items"), "mit");
			assertThat(mit.get("shortName").asString()).isEqualTo("MITx");
			assertThat(mit.get("country").asString()).isEqualTo("US");
			assertThat(mit.get("programCount").asLong()).isEqualTo(
					jdbc.sql("select count(*) from programs where institution_id = 'mit'").query(Long.class).single());
			assertThat(mit.get("acceptedPathwayCount").asLong()).isEqualTo(
					jdbc.sql("select count(*) from pathways where institution_id = 'mit'").query(Long.class).single());
			assertThat(mit.get("html").asString()).isEqualTo("/institutions/mit");
		}

		@Test
		void shouldListEverySourceWithTheFactsItBacks() {
			JsonNode first = get("/api/v1/sources?size=100");
			JsonNode rest = get("/api/v1/sources?size=100&page=1");
			assertThat(first.get("totalItems").asInt()).isEqualTo(97);
			assertThat(first.get("items").size() + rest.get("items").size()).isEqualTo(97);
			JsonNode faq = find(first.get("items"), "mitx-scm-faq");
			assertThat(faq.get("kind").asString()).isEqualTo("official");
			assertThat(faq.get("citations")
				.valueStream()
				.filter((c) -> c.get("itemId").asString().equals(SCM) && c.get("fact").asString().equals("price"))
				.toList()).hasSize(1);
			assertThat(faq.at("/citations/0/self").asString()).startsWith("/api/v1/");
			int citations = jdbc.sql("select count(*) from source_citations").query(Integer.class).single();
			int listed = Stream.of(first, rest)
				.flatMap((page) -> page.get("items").valueStream())
				.mapToInt((s) -> s.get("citations").size())
				.sum();
			assertThat(listed).isEqualTo(citations);
		}

	}

	@Nested
	class Errors {

		@ParameterizedTest
		@CsvSource({ "/api/v1/programs/no-such-program, programs", "/api/v1/degrees/no-such-degree, degrees",
				"/api/v1/pathways/no-such-pathway, pathways" })
		void shouldAnswerAnUnknownSlugWithANotFoundProblem(String path, String collection) {
			JsonNode problem = problem(HttpMethod.GET, path, HttpStatus.NOT_FOUND);
			assertThat(problem.get("title").asString()).isEqualTo("Not Found");
			assertThat(problem.get("detail").asString()).contains("GET /api/v1/" + collection);
			assertThat(problem.get("instance").asString()).isEqualTo(path);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = {
				"/api/v1/programs?maxPrice=abc | maxPrice | the maximum price must be a number of US dollars from 0 to 1,000,000, such as 1500",
				"/api/v1/programs?maxPrice=-5 | maxPrice | the maximum price must be a number of US dollars from 0 to 1,000,000, such as 1500",
				"/api/v1/programs?maxMonths=1.5 | maxMonths | the maximum length must be a whole number of months from 0 to 120, such as 12",
				"/api/v1/programs?credit=maybe | credit | the credit filter is either true or false",
				"/api/v1/programs?field=astrology | field | the field must be one of the fields listed in the menu, such as engineering or data-science-analytics",
				"/api/v1/programs?sort=random | sort | the sort order must be title, price, length or share",
				"/api/v1/programs?institution=no-such-university | institution | no university in the catalog has this id; choose one from the menu",
				"/api/v1/programs?country=ZZ | country | no receiving university in the catalog is in this country; choose one from the menu",
				"/api/v1/pathways?minShare=101 | minShare | the minimum share must be a percentage from 0 to 100, such as 25",
				"/api/v1/pathways?kind=gift | kind | the kind must be credit, admission or non-degree",
				"/api/v1/pathways?institution=no-such-university | institution | no university in the catalog has this id; choose one from the menu",
				"/api/v1/programs?page=-1 | page | the page must be a whole number from 0, such as 2",
				"/api/v1/degrees?page=abc | page | the page must be a whole number from 0, such as 2",
				"/api/v1/sources?size=0 | size | the page size must be a whole number from 1 to 100, such as 20",
				"/api/v1/institutions?size=101 | size | the page size must be a whole number from 1 to 100, such as 20",
				"/api/v1/pathways?size=99999999999999 | size | the page size must be a whole number from 1 to 100, such as 20" })
		void shouldNameARefusedParameterWithWhatItAllows(String path, String name, String reason) {
			JsonNode problem = problem(HttpMethod.GET, path, HttpStatus.BAD_REQUEST);
			assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
			assertThat(problem.get("invalidParams")).hasSize(1);
			assertThat(problem.at("/invalidParams/0/name").asString()).isEqualTo(name);
			assertThat(problem.at("/invalidParams/0/reason").asString()).isEqualTo(reason);
		}

		@Test
		void shouldRefuseWithTheSameMessageAsTheCatalogPage() {
			String onPage = Jsoup.parse(html("/programs?maxPrice=abc&country=ZZ")).select(".error-summary li").text();
			JsonNode problem = problem(HttpMethod.GET, "/api/v1/programs?maxPrice=abc&country=ZZ&size=0",
					HttpStatus.BAD_REQUEST);
			assertThat(texts(problem.get("invalidParams"), "name")).containsExactly("maxPrice", "country", "size");
			for (String reason : texts(problem.get("invalidParams"), "reason").subList(0, 2)) {
				assertThat(onPage).contains(reason);
			}
		}

		@ParameterizedTest
		@ValueSource(strings = { "/api/v1/nope", "/api/v2/programs", "/api", "/api/", "/api/v1/programs/x/courses",
				"/api/v1/institutions/mit", "/api/v1/programs/" })
		void shouldAnswerAnUnmappedApiPathWithANotFoundProblem(String path) {
			JsonNode problem = problem(HttpMethod.GET, path, HttpStatus.NOT_FOUND);
			assertThat(problem.get("detail").asString()).contains("/v3/api-docs");
		}

		@ParameterizedTest
		@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH" })
		void shouldRefuseWritesWithAMethodNotAllowedProblem(String method) {
			EntityExchangeResult<String> result = client.method(HttpMethod.valueOf(method))
				.uri("/api/v1/programs")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"title\":\"x\"}")
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueEquals(HttpHeaders.ALLOW, "GET, HEAD")
				.expectBody(String.class)
				.returnResult();
			JsonNode problem = JSON.readTree(result.getResponseBody());
			assertThat(problem.get("status").asInt()).isEqualTo(405);
			assertThat(problem.get("detail").asString()).contains("read-only");
		}

		@Test
		void shouldAnswerAClientThatAcceptsOnlyHtmlWithAProblemNotAPage() {
			client.get()
				.uri("/api/v1/programs")
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.NOT_ACCEPTABLE)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		static Stream<String> hostile() {
			List<String> values = List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%20'1'='1", "-5",
					"99999999999999999999999999999", "1e400", "NaN", "%E0%A4%A", "%FF%FE", "%00",
					"..%2F..%2Fetc%2Fpasswd", "a".repeat(3000), "%F0%9F%98%80");
			List<String> requests = new ArrayList<>();
			for (String parameter : List.of("field", "institution", "maxPrice", "maxMonths", "credit", "country", "q",
					"sort", "page", "size")) {
				values.forEach((v) -> requests.add("/api/v1/programs?" + parameter + "=" + v));
			}
			for (String parameter : List.of("kind", "minShare", "country", "institution", "page")) {
				values.forEach((v) -> requests.add("/api/v1/pathways?" + parameter + "=" + v));
			}
			for (String slug : List.of("%3Cscript%3E", "MITX-SUPPLY-CHAIN-MANAGEMENT", "a".repeat(3000), "%E0%A4%A",
					"'%20OR%201=1--", "%2e%2e")) {
				requests.add("/api/v1/programs/" + slug);
				requests.add("/api/v1/degrees/" + slug);
				requests.add("/api/v1/pathways/" + slug);
			}
			return requests.stream();
		}

		@ParameterizedTest
		@MethodSource("hostile")
		void shouldAnswerHostileInputWithJsonAndNeverAServerError(String pathAndQuery) {
			RawHttp.Response response = new RawHttp(port).send(RawHttp.get(pathAndQuery, "Accept: application/json"));
			assertThat(response.status()).as("status").isLessThan(500);
			String contentType = response.header("Content-Type");
			String body = response.body();
			if (response.status() >= 400 && !body.isEmpty() && !body.contains("<title>HTTP Status 400")) {
				// Tomcat refuses some malformed URLs with its own page before the
				// application sees them.
				assertThat(contentType).startsWith("application/problem+json");
			}
			assertThat(body).doesNotContain("Exception", "at org.", "java.lang", "org.springframework",
					"org.hibernate");
			assertThat(body).doesNotContainIgnoringCase("<script");
		}

	}

	@Nested
	class Http {

		@Test
		void shouldLetAnyOriginReadTheApi() {
			client.get()
				.uri("/api/v1/degrees")
				.header(HttpHeaders.ORIGIN, "https://example.org")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
				.expectHeader()
				.valueEquals("Cross-Origin-Resource-Policy", "cross-origin");
			client.method(HttpMethod.OPTIONS)
				.uri("/api/v1/programs?field=engineering")
				.header(HttpHeaders.ORIGIN, "https://example.org")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match")
				.exchange()
				.expectStatus()
				.isNoContent()
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
				.expectHeader()
				.valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ".*If-None-Match.*");
			// Errors too, so that a browser script can read the problem.
			client.get()
				.uri("/api/v1/nope")
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}

		@Test
		void shouldKeepThePagesSameOriginOnly() {
			client.get()
				.uri("/programs")
				.exchange()
				.expectHeader()
				.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
				.expectHeader()
				.valueEquals("Cross-Origin-Resource-Policy", "same-origin");
		}

		@Test
		void shouldBeCacheableLikeThePagesWithoutSessionOrCookie() {
			EntityExchangeResult<String> first = client.get()
				.uri("/api/v1/programs?field=engineering")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist(HttpHeaders.SET_COOKIE)
				.expectHeader()
				.valueMatches(HttpHeaders.CACHE_CONTROL, ".*public.*max-age=\\d+.*")
				.expectHeader()
				.exists(HttpHeaders.ETAG)
				.expectBody(String.class)
				.returnResult();
			String etag = first.getResponseHeaders().getETag();
			client.get()
				.uri("/api/v1/programs?field=engineering")
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isNotModified();
			assertThat(JSON.readTree(first.getResponseBody()).get("items")).isNotEmpty();
		}

		@Test
		void shouldWriteAmountsAsNumbersAndDatesAsIsoText() {
			String body = client.get()
				.uri("/api/v1/programs/" + SCM)
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).contains("\"price\":{\"amount\":1350.00,\"currency\":\"USD\"", "\"asOf\":\"2017-02-15\"");
		}

	}

	private JsonNode get(String uri) {
		String body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	private JsonNode problem(HttpMethod method, String uri, HttpStatus status) {
		String body = this.client.method(method)
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("<html", "Exception");
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.get("status").asInt()).isEqualTo(status.value());
		return problem;
	}

	private String html(String uri) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> texts(JsonNode array, String... path) {
		List<String> values = new ArrayList<>();
		for (JsonNode item : array) {
			JsonNode node = item;
			for (String name : path) {
				node = node.get(name);
			}
			values.add(node.isNull() ? null : node.asString());
		}
		return values;
	}

	private static JsonNode find(JsonNode array, String id) {
		return array.valueStream()
			.filter((item) -> item.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item " + id));
	}

	/** A column's value whatever case the database gives column names in. */
	private static Object value(Map<String, Object> row, String column) {
		for (Map.Entry<String, Object> entry : row.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(column)) {
				return entry.getValue();
			}
		}
		throw new AssertionError("no column " + column);
	}

}
