/**
 * The Master's degrees that count a MicroMasters credential: {@code /degrees} and each
 * degree's page.
 */
package org.steppingstone.degrees;
