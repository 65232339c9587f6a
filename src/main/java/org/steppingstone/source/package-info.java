/**
 * The public pages behind every figure, and the values they disagree on.
 */
package org.steppingstone.source;
