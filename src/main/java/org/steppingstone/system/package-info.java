/**
 * Cross-cutting web concerns: error pages and HTTP behaviour shared by every page.
 */
package org.steppingstone.system;
