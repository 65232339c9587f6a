package org.steppingstone.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppingstone.CatalogJson.SCM;
import static org.steppingstone.CatalogJson.SCM_DEGREE;
import static org.steppingstone.CatalogJson.SCM_PATHWAY;
import static org.steppingstone.api.Api.fields;
import static org.steppingstone.api.Api.find;
import static org.steppingstone.api.Api.texts;
import static org.steppingstone.api.Api.value;

/**
 * /api/v1/programs over real HTTP, checked against the migrated database and against the
 * catalog page it mirrors.
 */
@ApiTest
class ProgramApiTests {

	@Autowired
	private Api api;

	@ParameterizedTest
	@ValueSource(strings = { "field=data-science-analytics&sort=price", "credit=true&country=AU&maxMonths=12",
			"q=ADELAIDE%20big", "q=probability", "sort=share", "sort=length&maxPrice=1500",
			"institution=mit&sort=price", "field=engineering&maxPrice=6000&sort=price", "maxPrice=10" })
	void shouldFilterAndSortAsTheCatalogPageDoes(String query) {
		List<String> onPage = this.api.linksOnPage("/programs?" + query, ".program-card h3 a");
		JsonNode list = this.api.get("/api/v1/programs?size=100&" + query);
		assertThat(texts(list.get("items"), "links", "html")).containsExactlyElementsOf(onPage);
		assertThat(list.get("totalItems").asInt()).isEqualTo(onPage.size());
	}

	@Test
	void shouldFindTheCheapestDataScienceProgramFirst() {
		JsonNode first = this.api.get("/api/v1/programs?field=data-science-analytics&sort=price&size=1").at("/items/0");
		assertThat(first.get("title").asString()).isEqualTo("MicroMasters Program in Big Data");
		assertThat(first.at("/price/amount").decimalValue()).isEqualByComparingTo("985.50");
		assertThat(first.at("/institution/name").asString()).isEqualTo("The University of Adelaide");
		assertThat(first.at("/field/label").asString()).isEqualTo("Data Science & Analytics");
	}

	@Test
	void shouldGiveEveryListedPriceAndLengthItsSourceAndDate() {
		JsonNode items = this.api.get("/api/v1/programs?size=100").get("items");
		Map<String, Map<String, Object>> rows = this.api.rows(
				"select id, price_amount, price_currency, price_as_of, price_source_id, length_min, length_max, length_as_of, "
						+ "length_source_id from programs")
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
			assertThat(price.get("currency").asString()).isEqualTo(value(row, "price_currency"));
			if (value(row, "price_amount") != null) {
				assertThat(price.get("amount").isNumber()).isTrue();
				assertThat(price.get("amount").decimalValue())
					.isEqualByComparingTo((BigDecimal) value(row, "price_amount"));
			}
			JsonNode length = item.get("lengthMonths");
			if (value(row, "length_source_id") != null) {
				assertThat(length.get("min").asInt()).isEqualTo(((Number) value(row, "length_min")).intValue());
				assertThat(length.get("source").asString()).isEqualTo(value(row, "length_source_id"));
			}
		}
		assertThat(priced).isPositive()
			.isEqualTo(this.api.count("select count(*) from programs where price_source_id is not null"));
	}

	@Test
	void shouldNameThePathwayAndSourcesBehindTheBestCreditShare() {
		JsonNode scm = find(this.api.get("/api/v1/programs?sort=share&size=100").get("items"), SCM);
		assertThat(scm.at("/bestCreditShare/percent").decimalValue()).isEqualByComparingTo("50");
		assertThat(scm.at("/bestCreditShare/pathway").asString()).isEqualTo(SCM_PATHWAY);
		assertThat(scm.at("/bestCreditShare/asOf").asString()).isEqualTo("2019");
		assertThat(texts(scm.at("/bestCreditShare/sourceIds"))).containsExactlyElementsOf(this.api
			.column("select source_id from pathway_sources where pathway_id = ? order by position", SCM_PATHWAY));
		assertThat(scm.get("pathwayCount").asInt()).isEqualTo(5);
		assertThat(scm.get("hasCreditPathway").asBoolean()).isTrue();
	}

	@Test
	void shouldShowAProgramWithItsCoursesAndPathwaysAsStored() {
		JsonNode program = this.api.get("/api/v1/programs/" + SCM);
		Map<String, Object> row = this.api.row("select * from programs where id = ?", SCM);
		assertThat(program.get("title").asString()).isEqualTo(value(row, "title"));
		assertThat(fields(program.get("price"), "amount", "source", "asOf", "computed")).containsExactly("1350",
				(String) value(row, "price_source_id"), (String) value(row, "price_as_of"), "true");
		assertThat(value(row, "price_as_of")).isEqualTo("2017-02-15");
		assertThat(fields(program.get("lengthMonths"), "min", "max", "source")).containsExactly("12", "24",
				(String) value(row, "length_source_id"));
		assertThat(program.at("/effortHoursPerWeek/source").asString()).isEqualTo(value(row, "effort_source_id"));
		assertThat(program.at("/auditFree/value").asBoolean()).isTrue();
		assertThat(program.at("/auditFree/source").asString()).isEqualTo(value(row, "audit_free_source_id"));

		List<Map<String, Object>> courses = this.api
			.rows("select id, position, code, title, elective, weeks, source_id, as_of from courses "
					+ "where program_id = ? order by position", SCM);
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
				this.api.column("select source_id from course_sources where course_id = ? order by position",
						value(courses.get(0), "id")));

		assertThat(texts(program.get("pathways"), "id")).containsExactlyElementsOf(
				this.api.column("select id from pathways where program_id = ? order by id", SCM));
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
				this.api.column("select source_id from program_sources where program_id = ? order by position", SCM));
	}

	@Test
	void shouldMarkElectives() {
		String program = "mitx-statistics-and-data-science";
		List<Boolean> stored = this.api.column(Boolean.class,
				"select elective from courses where program_id = ? order by position", program);
		JsonNode courses = this.api.get("/api/v1/programs/" + program).get("courses");
		List<Boolean> listed = new ArrayList<>();
		courses.forEach((course) -> listed.add(course.get("elective").asBoolean()));
		assertThat(listed).isEqualTo(stored).contains(true, false);
		assertThat(listed.stream().filter(Boolean::booleanValue)).hasSize(4);
	}

	@Test
	void shouldCiteEverySourceItNamesAndListTheDisagreementsThePageShows() {
		JsonNode program = this.api.get("/api/v1/programs/" + SCM);
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
		assertThat(texts(disagreements, "field")).contains("price", "courses.weeks_and_effort", "title");
		JsonNode price = disagreements.valueStream()
			.filter((d) -> d.get("field").asString().equals("price"))
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
