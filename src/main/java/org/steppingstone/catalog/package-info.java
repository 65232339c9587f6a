/**
 * The catalog: institutions, MicroMasters programs and their courses, the receiving
 * Master's degrees and the credit pathways between them, with the pages that browse and
 * filter them.
 */
package org.steppingstone.catalog;
