package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code page} and {@code size} of a list, bound from the query string.
 */
record Paging(
		@Schema(description = "The page to return, from 0.", defaultValue = "0", minimum = "0") @Min(value = 0,
				message = "{api.allowed.page}") @Max(value = 1_000_000, message = "{api.allowed.page}") Integer page,
		@Schema(description = "The number of items per page, from 1 to 100.", defaultValue = "20", minimum = "1",
				maximum = "100") @Min(value = 1, message = "{api.allowed.size}") @Max(value = 100,
						message = "{api.allowed.size}") Integer size) {

	static final int DEFAULT_SIZE = 20;

	int pageOrDefault() {
		return (this.page != null) ? this.page : 0;
	}

	int sizeOrDefault() {
		return (this.size != null) ? this.size : DEFAULT_SIZE;
	}

}
