package org.steppingstone.discovery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import org.steppingstone.source.Provenance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import org.steppingstone.catalog.Course;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.system.SitePaths;

/**
 * The schema.org JSON-LD of program, list and degree pages: it parses, describes what the
 * page shows (checked against the catalog's data file), and cannot break out of its
 * script element.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructuredDataTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SitePaths paths;

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private DegreeRepository degrees;

	@Test
	void shouldDescribeEveryProgramAsAnEducationalProgram() throws Exception {
		Map<String, JsonNode> expected = byId("programs");
		List<Program> all = this.programs.findAllWithInstitution();
		assertThat(all).hasSize(expected.size());
		for (Program program : all) {
			String url = "http://localhost/programs/" + program.getId();
			Document page = Pages.fetch(this.mvc, "/programs/" + program.getId());
			JsonNode ld = jsonLd(page);
			JsonNode data = expected.get(program.getId());
			JsonNode institution = institution(data.get("institution_id").asString());
			assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
			assertThat(ld.get("@type").asString()).isEqualTo("EducationalOccupationalProgram");
			assertThat(ld.get("name").asString()).isEqualTo(data.get("title").asString());
			assertThat(ld.get("description").asString()).isEqualTo(data.get("summary").asString());
			assertThat(ld.get("url").asString()).isEqualTo(url)
				.isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"));
			assertThat(ld.get("educationalProgramMode").asString()).isEqualTo("online");
			assertProvider(ld.get("provider").get(0), institution);

			Object months = CatalogJson.value(data, "length_months.min");
			assertThat(text(ld, "timeToComplete")).isEqualTo((months != null) ? "P" + months + "M" : null);
			Object courseCount = (CatalogJson.value(data, "required_course_count") != null)
					? CatalogJson.value(data, "required_course_count") : CatalogJson.value(data, "course_count");
			if (courseCount != null) {
				assertThat(ld.get("numberOfCredits").get("value").decimalValue())
					.isEqualByComparingTo(courseCount.toString());
				assertThat(ld.get("numberOfCredits").get("unitText").asString()).isEqualTo("courses");
			}
			else {
				assertThat(ld.has("numberOfCredits")).isFalse();
			}
			BigDecimal price = CatalogJson.usd(data, "price");
			if (price != null) {
				JsonNode offer = ld.get("offers");
				assertThat(offer.get("@type").asString()).isEqualTo("Offer");
				assertThat(offer.get("price").decimalValue()).isEqualByComparingTo(price);
				assertThat(offer.get("priceCurrency").asString()).isEqualTo("USD");
				assertThat(text(offer, "validFrom")).isEqualTo(CatalogJson.value(data, "price.as_of"));
			}
			else {
				assertThat(ld.has("offers")).as("offers of %s", program.getId()).isFalse();
			}

			JsonNode credential = ld.get("educationalCredentialAwarded");
			assertThat(credential.get("@type").asString()).isEqualTo("EducationalOccupationalCredential");
			assertThat(credential.get("credentialCategory").asString()).isEqualTo("certificate");
			List<String> recognizing = CatalogJson.array("pathways")
				.stream()
				.filter((w) -> w.get("program_id").asString().equals(program.getId()))
				.filter((w) -> w.get("kind").asString().equals("credit"))
				.map((w) -> institution(w.get("institution_id").asString()).get("name").asString())
				.distinct()
				.toList();
			List<String> recognizedBy = new ArrayList<>();
			if (credential.has("recognizedBy")) {
				credential.get("recognizedBy").forEach((org) -> {
					assertThat(org.get("@type").asString()).isEqualTo("CollegeOrUniversity");
					recognizedBy.add(org.get("name").asString());
				});
			}
			assertThat(recognizedBy).as("recognizedBy of %s", program.getId())
				.containsExactlyInAnyOrderElementsOf(recognizing);

			List<JsonNode> courses = CatalogJson.array("courses")
				.stream()
				.filter((c) -> c.get("program_id").asString().equals(program.getId()))
				.toList();
			List<JsonNode> hasCourse = new ArrayList<>();
			if (ld.has("hasCourse")) {
				ld.get("hasCourse").forEach(hasCourse::add);
			}
			assertThat(hasCourse).as("courses of %s", program.getId()).hasSameSizeAs(courses);
			for (JsonNode course : hasCourse) {
				assertThat(course.get("@type").asString()).isEqualTo("Course");
				assertThat(course.get("name").asString()).isNotBlank();
				assertThat(course.get("url").asString()).startsWith(url + "#course-");
				assertProvider(course.get("provider"), institution);
				assertThat(page.getElementById(course.get("url").asString().substring(url.length() + 1))).isNotNull();
			}
			assertThat(hasCourse).extracting((c) -> c.get("name").asString())
				.containsExactlyInAnyOrderElementsOf(courses.stream()
					.map((c) -> c.get(c.get("title").isNull() ? "code" : "title").asString())
					.toList());
		}
	}

	@Test
	void shouldListTheProgramsTheCatalogShowsInItsOrder() throws Exception {
		Document page = Pages.fetch(this.mvc, "/programs?field=data-science-analytics&sort=price");
		JsonNode ld = jsonLd(page);
		List<Element> cards = page.select(".program-card h3 a");
		assertThat(ld.get("@type").asString()).isEqualTo("ItemList");
		assertThat(ld.get("numberOfItems").intValue()).isEqualTo(cards.size()).isGreaterThan(1);
		JsonNode items = ld.get("itemListElement");
		assertThat(items).hasSize(cards.size());
		for (int i = 0; i < cards.size(); i++) {
			assertThat(items.get(i).get("@type").asString()).isEqualTo("ListItem");
			assertThat(items.get(i).get("position").intValue()).isEqualTo(i + 1);
			assertThat(items.get(i).get("name").asString()).isEqualTo(cards.get(i).text());
			assertThat(items.get(i).get("url").asString()).isEqualTo("http://localhost" + cards.get(i).attr("href"));
		}
		assertThat(Pages.fetch(this.mvc, "/programs?maxPrice=abc", 400).select("script")).isEmpty();
	}

	@Test
	void shouldDescribeEveryDegreeWithItsProvider() throws Exception {
		Map<String, JsonNode> expected = byId("degrees");
		for (Degree degree : this.degrees.findAllWithInstitution()) {
			Document page = Pages.fetch(this.mvc, "/degrees/" + degree.getId());
			JsonNode ld = jsonLd(page);
			JsonNode data = expected.get(degree.getId());
			assertThat(ld.get("@type").asString()).isEqualTo("EducationalOccupationalProgram");
			assertThat(ld.get("name").asString()).isEqualTo(data.get("title").asString());
			assertThat(ld.get("url").asString()).isEqualTo("http://localhost/degrees/" + degree.getId());
			assertThat(ld.get("description").asString())
				.isEqualTo(page.selectFirst("meta[name=description]").attr("content"));
			assertProvider(ld.get("provider").get(0), institution(data.get("institution_id").asString()));
			assertThat(ld.get("educationalCredentialAwarded").get("credentialCategory").asString()).isEqualTo("degree");
			BigDecimal tuition = (BigDecimal) CatalogJson.value(data, "tuition.value");
			assertThat(ld.has("offers")).isEqualTo(tuition != null);
			if (tuition != null) {
				assertThat(ld.get("offers").get("price").decimalValue()).isEqualByComparingTo(tuition);
				assertThat(ld.get("offers").get("priceCurrency").asString())
					.isEqualTo(CatalogJson.value(data, "tuition.currency"));
			}
			BigDecimal credits = (BigDecimal) CatalogJson.value(data, "credits_total.value");
			assertThat(ld.has("numberOfCredits")).isEqualTo(credits != null);
			if (credits != null) {
				assertThat(ld.get("numberOfCredits").get("value").decimalValue()).isEqualByComparingTo(credits);
			}
		}
		JsonNode scm = jsonLd(Pages.fetch(this.mvc, "/degrees/mit-masters-supply-chain-management"));
		assertThat(scm.get("educationalProgramMode").asString()).isEqualTo("onsite");
		assertThat(scm.get("timeToComplete").asString()).isEqualTo("P10M");
		assertThat(scm.get("numberOfCredits").get("unitText").asString()).isEqualTo("MIT units");
		assertThat(scm.get("offers").get("validFrom").asString()).isEqualTo("2018-07-17");
	}

	@Test
	void shouldEscapeMarkupSoThatNoTitleCanCloseTheScriptElement() {
		String hostile = "</script><script>alert(1)</script><!-- & -->";
		String json = StructuredData.scriptSafe(JSON, Map.of("name", hostile));
		assertThat(json).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
		assertThat(JSON.readTree(json).get("name").asString()).isEqualTo(hostile);
	}

	@Test
	void shouldKeepAHostileProgramTitleInsideItsScriptElement() {
		Institution institution = BeanUtils.instantiateClass(Institution.class);
		ReflectionTestUtils.setField(institution, "id", "x");
		ReflectionTestUtils.setField(institution, "name", "A & B <University>");
		ReflectionTestUtils.setField(institution, "country", "US");
		Program program = BeanUtils.instantiateClass(Program.class);
		ReflectionTestUtils.setField(program, "id", "x");
		ReflectionTestUtils.setField(program, "title", "</script><script>alert(1)</script>");
		ReflectionTestUtils.setField(program, "summary", "<!-- a comment -->");
		ReflectionTestUtils.setField(program, "institution", institution);
		StaticMessageSource messages = new StaticMessageSource();
		String json = new StructuredData(JSON, messages, this.paths).program(program, List.of(), List.of(),
				"https://example.org");
		Document html = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + json
				+ "</script></head><body><p>after</p></body></html>");
		Elements scripts = html.select("script");
		assertThat(scripts).hasSize(1);
		assertThat(scripts.get(0).data()).isEqualTo(json);
		JsonNode ld = JSON.readTree(scripts.get(0).data());
		assertThat(ld.get("name").asString()).isEqualTo("</script><script>alert(1)</script>");
		assertThat(ld.get("description").asString()).isEqualTo("<!-- a comment -->");
		assertThat(ld.get("provider").get(0).get("name").asString()).isEqualTo("A & B <University>");
		assertThat(html.select("body p").text()).isEqualTo("after");
	}

	private static JsonNode jsonLd(Document page) {
		Elements scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).as("JSON-LD on %s", page.location()).hasSize(1);
		assertThat(page.select("script")).hasSize(1);
		return JSON.readTree(scripts.get(0).data());
	}

	private static void assertProvider(JsonNode provider, JsonNode institution) {
		assertThat(provider.get("@type").asString()).isEqualTo("CollegeOrUniversity");
		assertThat(provider.get("name").asString()).isEqualTo(institution.get("name").asString());
		assertThat(provider.get("url").asString())
			.isEqualTo("http://localhost/institutions/" + institution.get("id").asString());
		assertThat(provider.get("address").get("addressCountry").asString())
			.isEqualTo(institution.get("country").asString());
	}

	private static String text(JsonNode node, String field) {
		return node.has(field) ? node.get(field).asString() : null;
	}

	private static JsonNode institution(String id) {
		return byId("institutions").get(id);
	}

	private static Map<String, JsonNode> byId(String array) {
		return CatalogJson.array(array).stream().collect(Collectors.toMap((n) -> n.get("id").asString(), (n) -> n));
	}

}
