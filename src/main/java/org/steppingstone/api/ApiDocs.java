package org.steppingstone.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.steppingstone.system.ServedPath;

/**
 * The OpenAPI description's title and introduction, and the endpoints' shared mappings
 * and responses; springdoc generates the rest from the controllers, at
 * {@code /v3/api-docs} and {@code /swagger-ui/index.html}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI steppingStoneOpenApi() {
		return new OpenAPI().info(new Info().title("Stepping Stone API").version("1").description("""
				Read-only JSON for the catalog behind Stepping Stone: MicroMasters programs, the Master's degrees \
				that count them, the pathways between them, the routes through them totalled and ranked \
				(`/api/v1/routes`), the universities, and the public sources of every figure. Every sourced \
				value names its source (`source`, or `sourceIds` for a pathway) and the \
				date it is known to hold (`asOf`: YYYY, YYYY-MM or YYYY-MM-DD, null when undated); the figures \
				are historical, not current prices. Facts the sources disagree on are listed under \
				`disagreements` with every value. Lists take `page` (from 0) and `size` (1 to 100, default 20). \
				Errors are RFC 9457 problem details (`application/problem+json`); a refused parameter is named in \
				`invalidParams`. No authentication; any origin may read it (CORS). The same data for \
				spreadsheets, as RFC 4180 CSV: `/programs.csv`, `/degrees.csv` and `/pathways.csv` (with the \
				filters of the pages of the same name) and `/sources.csv`; each figure beside its as-of date and \
				its sources' ids, titles and addresses."""));
	}

	/** The API itself: public, read-only data. */
	@Bean
	static ServedPath apiPath() {
		return new ServedPath("/api", ServedPath.Role.OPEN_DATA);
	}

	/** Where springdoc serves the OpenAPI description (its default). */
	@Bean
	static ServedPath apiDescriptionPath() {
		return new ServedPath("/v3/api-docs", ServedPath.Role.OPEN_DATA_DESCRIPTION);
	}

	/** Where springdoc serves the Swagger UI (its default). */
	@Bean
	static ServedPath apiConsolePath() {
		return new ServedPath("/swagger-ui", ServedPath.Role.OPEN_DATA_CONSOLE);
	}

	/**
	 * A list, answered to GET at the controller's path: its filters or paging can be
	 * refused.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@RequestMapping(method = RequestMethod.GET)
	@ApiResponse(responseCode = "200", description = "One page of the list.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400",
			description = "A parameter is refused; invalidParams names each one with what it allows.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@interface ListEndpoint {

	}

	/** One item, answered to GET at the controller's path and the item's slug. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@RequestMapping(path = "/{id}", method = RequestMethod.GET)
	@ApiResponse(responseCode = "200", description = "The item.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No item has this slug.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@interface ItemEndpoint {

	}

}
