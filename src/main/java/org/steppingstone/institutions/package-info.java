/**
 * The universities that offer or count a MicroMasters program: {@code /institutions} and
 * each university's page.
 */
package org.steppingstone.institutions;
