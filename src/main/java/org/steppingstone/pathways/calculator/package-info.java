/**
 * The calculator page's cost chart: the geometry of its bars, drawn from a route estimate
 * (the arithmetic itself is the catalog's {@code RouteCalculator}).
 */
package org.steppingstone.pathways.calculator;
