/**
 * How search engines find and read the site: the sitemap, robots.txt, every page's
 * canonical address, and the meta descriptions and schema.org JSON-LD of program and
 * degree pages. It learns the site's pages from the features' declarations in system.
 */
@ApplicationModule(allowedDependencies = { "catalog", "source", "system" })
package org.steppingstone.discovery;

import org.springframework.modulith.ApplicationModule;
