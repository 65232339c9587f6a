package org.steppingstone.routes;

/**
 * The routes the catalog has without one filter of a question it has none for.
 *
 * @param parameter the filter left out ({@code field}, {@code delivery}, {@code region},
 * {@code country}, {@code program}, {@code degree}), or {@code includeHistorical} for the
 * question with historical routes included
 * @param count how many routes the catalog then has, before any limit
 * @param url that question on {@code /routes}
 */
public record Relaxation(String parameter, int count, String url) {
}
