package org.steppingstone.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an item is: its address in the API and its page on the site.
 *
 * @param self the item in the API
 * @param html the item's page on the site
 */
record Links(@Schema(example = "/api/v1/programs/mitx-supply-chain-management") String self,
		@Schema(example = "/programs/mitx-supply-chain-management") String html) {

	static Links of(String collection, String id) {
		return new Links("/api/v1/" + collection + "/" + id, "/" + collection + "/" + id);
	}

}
