/**
 * The catalog's model: institutions, MicroMasters programs and their courses, the
 * receiving Master's degrees and the credit pathways between them, with their
 * repositories. It knows no page; the page families above it read it.
 */
package org.steppingstone.catalog;
