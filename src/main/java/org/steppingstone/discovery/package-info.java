/**
 * Discoverability: the sitemap, robots.txt and every page's canonical address. Uses the
 * catalog and its sources; no other package uses it.
 */
package org.steppingstone.discovery;
