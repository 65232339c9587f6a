package org.steppingstone.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;

/**
 * The error responses the OpenAPI description lists, shared by the endpoints.
 */
final class ApiDocs {

	static final String PROBLEM_JSON = "application/problem+json";

	private ApiDocs() {
	}

	/** A list: its filters or paging can be refused. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@ApiResponse(responseCode = "200", description = "One page of the list.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400",
			description = "A parameter is refused; invalidParams names each one with what it allows.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@interface ListResponses {

	}

	/** One item, named by its slug. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@ApiResponse(responseCode = "200", description = "The item.", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No item has this slug.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
	@interface ItemResponses {

	}

}
