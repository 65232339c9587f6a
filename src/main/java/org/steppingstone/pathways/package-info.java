/**
 * The pathways from a MicroMasters credential to a Master's degree: {@code /pathways},
 * each pathway's page with its route estimate, and the {@code /calculator} page.
 */
package org.steppingstone.pathways;
