/**
 * The route calculator: what a MicroMasters followed by the Master's that counts it costs
 * in money and months, against the Master's alone. Plain arithmetic on the figures it is
 * given; it knows nothing of the database.
 */
package org.steppingstone.pathways.calculator;
