/**
 * The route finder: every route from a MicroMasters program through a pathway to a
 * Master's degree, totalled as the calculator totals it and ranked for the learner's
 * field, budget, time and countries ({@code /routes}); the API asks the same service.
 */
@ApplicationModule(allowedDependencies = { "catalog", "source", "system" })
package org.steppingstone.routes;

import org.springframework.modulith.ApplicationModule;
