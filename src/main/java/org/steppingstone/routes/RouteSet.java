package org.steppingstone.routes;

import java.util.List;

import org.steppingstone.catalog.Pathway;

/**
 * The set /routes counts, before any filter, against the set /pathways counts: a route
 * for each pathway the list shows, except those that lead to no degree.
 *
 * @param routes how many routes: open today, or historical ones included
 * @param pathways how many pathways {@code /pathways} counts with the same choice of
 * historical ones
 * @param noDegree how many of those pathways lead to a non-degree program: no route
 * @param historicalNotCounted how many historical routes are left out (0 when included)
 * @param historicalIncluded whether the question includes historical routes
 */
public record RouteSet(int routes, int pathways, int noDegree, int historicalNotCounted, boolean historicalIncluded) {

	static RouteSet of(List<Pathway> pathways, boolean historicalIncluded) {
		List<Pathway> listed = pathways.stream().filter((w) -> historicalIncluded || !w.isHistorical()).toList();
		int noDegree = (int) listed.stream().filter((w) -> "non-degree".equals(w.getKind())).count();
		List<Pathway> routes = pathways.stream()
			.filter((w) -> !"non-degree".equals(w.getKind()))
			.filter((w) -> historicalIncluded || !RouteFinder.isHistorical(w))
			.toList();
		int notCounted = historicalIncluded ? 0
				: (int) pathways.stream()
					.filter((w) -> !"non-degree".equals(w.getKind()))
					.filter(RouteFinder::isHistorical)
					.count();
		return new RouteSet(routes.size(), listed.size(), noDegree, notCounted, historicalIncluded);
	}

}
