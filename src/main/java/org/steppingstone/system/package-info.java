/**
 * Cross-cutting web concerns: error pages and HTTP behaviour shared by every page.
 */
@ApplicationModule(allowedDependencies = {})
package org.steppingstone.system;

import org.springframework.modulith.ApplicationModule;
