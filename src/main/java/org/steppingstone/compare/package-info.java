/**
 * Side-by-side comparison of two to four credentials, MicroMasters programs and Master's
 * degrees mixed.
 */
package org.steppingstone.compare;
