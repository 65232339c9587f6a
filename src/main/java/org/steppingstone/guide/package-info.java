/**
 * The source document: the short answer, key characteristics, reasons and the
 * MicroMasters-versus-Master's table.
 */
package org.steppingstone.guide;
