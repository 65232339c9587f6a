package org.steppingstone.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description is generated from the code: every {@code /api} endpoint the
 * application maps is in it, described, with its refusals as problem details; nothing
 * else is; and the Swagger UI is served.
 */
@ApiTest
class OpenApiTests {

	@Autowired
	private Api api;

	@Autowired
	private RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void shouldDescribeEveryApiEndpointTheApplicationMaps() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					assertThat(methods).as("methods of %s", pattern).isNotEmpty();
					methods.forEach((method) -> mapped.add(method + " " + pattern));
				}
			}
		}
		assertThat(mapped).contains("GET /api/v1/programs", "GET /api/v1/programs/{id}", "GET /api/v1/degrees",
				"GET /api/v1/degrees/{id}", "GET /api/v1/pathways", "GET /api/v1/pathways/{id}",
				"GET /api/v1/institutions", "GET /api/v1/sources", "GET /api/v1/routes");
		assertThat(documented()).isEqualTo(mapped);
	}

	@Test
	void shouldDescribeEachOperationItsParametersAndItsProblems() {
		JsonNode docs = docs();
		assertThat(docs.get("openapi").asString()).startsWith("3.");
		assertThat(docs.at("/info/title").asString()).isEqualTo("Stepping Stone API");
		assertThat(docs.at("/info/description").asString()).contains("asOf", "invalidParams");
		Set<String> operationIds = new TreeSet<>();
		docs.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			String name = entry.getKey().toUpperCase() + " " + path.getKey();
			JsonNode operation = entry.getValue();
			operationIds.add(operation.get("operationId").asString());
			assertThat(operation.get("summary").asString()).as("summary of %s", name).isNotBlank();
			assertThat(operation.get("description").asString()).as("description of %s", name).isNotBlank();
			assertThat(operation.get("tags")).as("tags of %s", name).hasSize(1);
			for (JsonNode parameter : operation.get("parameters")) {
				assertThat(parameter.path("description").asString(""))
					.as("description of %s in %s", parameter.get("name").asString(), name)
					.isNotBlank();
			}
			assertThat(operation.at("/responses/200/content/application~1json/schema/$ref").asString())
				.as("200 of %s", name)
				.startsWith("#/components/schemas/");
			String refusal = path.getKey().endsWith("}") ? "404" : "400";
			assertThat(
					operation.at("/responses/" + refusal + "/content/application~1problem+json/schema/$ref").asString())
				.as("%s of %s", refusal, name)
				.isEqualTo("#/components/schemas/ProblemDetail");
		}));
		assertThat(operationIds).containsExactly("findRoutes", "getDegree", "getPathway", "getProgram", "listDegrees",
				"listInstitutions", "listPathways", "listPrograms", "listSources");
	}

	@Test
	void shouldDocumentTheFiltersWithTheRulesOfTheCatalogPages() {
		JsonNode parameters = docs().at("/paths/~1api~1v1~1programs/get/parameters");
		List<String> names = new ArrayList<>();
		parameters.forEach((p) -> names.add(p.get("name").asString()));
		assertThat(names).containsExactly("field", "institution", "maxPrice", "currency", "maxMonths", "credit",
				"country", "q", "sort", "includeRetired", "page", "size");
		JsonNode maxPrice = parameters.get(2);
		assertThat(maxPrice.at("/schema/maximum").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(maxPrice.get("description").asString()).contains("currency", "not converted");
		assertThat(parameters.get(3).at("/schema/pattern").asString()).isEqualTo("[A-Z]{3}");
		assertThat(parameters.get(8).at("/schema/pattern").asString()).isEqualTo("title|price|length|share");
		assertThat(parameters.get(9).get("description").asString()).contains("retired");
		assertThat(parameters.get(11).at("/schema/maximum").asInt()).isEqualTo(100);
		assertThat(parameters.get(11).at("/schema/default").asInt()).isEqualTo(20);
		JsonNode money = docs().at("/components/schemas/Money/properties");
		assertThat(money.at("/amount/type").toString()).contains("number");
		assertThat(money.at("/asOf/description").asString()).contains("YYYY-MM-DD");
	}

	@Test
	void shouldDocumentTheDegreeFiltersWithTheRulesOfTheDegreesPage() {
		JsonNode parameters = docs().at("/paths/~1api~1v1~1degrees/get/parameters");
		List<String> names = new ArrayList<>();
		parameters.forEach((p) -> names.add(p.get("name").asString()));
		assertThat(names).containsExactly("country", "field", "delivery", "tuitionStated", "accepts", "page", "size");
		assertThat(parameters.get(0).at("/schema/pattern").asString()).isEqualTo("[A-Z]{2}");
		assertThat(parameters.get(2).at("/schema/pattern").asString()).isEqualTo("on-campus|online|blended");
		assertThat(parameters.get(3).at("/schema/type").asString()).isEqualTo("boolean");
		assertThat(parameters.get(4).get("description").asString()).contains("MicroMasters", "credit");
		assertThat(docs().at("/paths/~1api~1v1~1degrees/get/description").asString()).contains("400");
	}

	@Test
	void shouldServeTheSwaggerUiLinkedFromEveryPage() {
		this.client.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueMatches("Location", ".*/swagger-ui/index.html");
		this.client.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*script-src 'self';.*")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("swagger-ui-bundle.js", "swagger-initializer.js"));
		this.client.get()
			.uri("/swagger-ui/swagger-initializer.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("/v3/api-docs/swagger-config").doesNotContain("petstore"));
		String home = this.client.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
		assertThat(Jsoup.parse(home).select("footer a[href=/swagger-ui/index.html]").text())
			.isEqualTo("Open data: the JSON API and its documentation");
	}

	private Set<String> documented() {
		Set<String> documented = new TreeSet<>();
		docs().get("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));
		return documented;
	}

	private JsonNode docs() {
		return this.api.get("/v3/api-docs");
	}

}
