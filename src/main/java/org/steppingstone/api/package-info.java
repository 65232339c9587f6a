/**
 * The read-only JSON API under {@code /api/v1}: programs, degrees, pathways, institutions
 * and sources, every figure with its source and date, errors as RFC 9457 problem details,
 * and its OpenAPI description.
 */
@ApplicationModule(allowedDependencies = { "catalog", "degrees", "institutions", "pathways", "programs", "routes",
		"source", "system" })
package org.steppingstone.api;

import org.springframework.modulith.ApplicationModule;
