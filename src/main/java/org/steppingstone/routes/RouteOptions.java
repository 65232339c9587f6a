package org.steppingstone.routes;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.WorldRegion;
import org.steppingstone.source.SourcedAmount;

/**
 * What the form offers, from the catalog's routes.
 *
 * @param countries the receiving universities' countries
 * @param currencies US dollars, then every currency with a reference rate, by code
 * @param programIds the programs a pathway starts from
 * @param degreeIds the degrees a pathway leads to
 * @param titles what the page calls each program and degree, by id
 * @param regions the world regions of the receiving universities' countries, in the
 * regions' order
 */
public record RouteOptions(List<String> countries, List<Currency> currencies, Set<String> programIds,
		Set<String> degreeIds, Map<String, String> titles, List<WorldRegion> regions) {

	static RouteOptions of(List<Pathway> pathways, List<Pathway> all, List<Currency> withRate) {
		Map<String, String> titles = new LinkedHashMap<>();
		Set<String> programs = new LinkedHashSet<>();
		Set<String> degrees = new LinkedHashSet<>();
		for (Pathway w : pathways) {
			programs.add(w.getProgram().getId());
			titles.put(w.getProgram().getId(),
					w.getProgram().getInstitution().getName() + "'s " + w.getProgram().getTitle());
			if (w.getDegree() != null) {
				degrees.add(w.getDegree().getId());
				titles.put(w.getDegree().getId(), w.getInstitution().getName() + "'s " + w.getDegree().getTitle());
			}
		}
		List<Currency> currencies = Stream.concat(Stream.of(Currency.getInstance("USD")), withRate.stream())
			.distinct()
			.toList();
		List<String> countries = all.stream().map((w) -> w.getInstitution().getCountry()).distinct().sorted().toList();
		List<WorldRegion> regions = Stream.of(WorldRegion.values())
			.filter((r) -> countries.stream().anyMatch(r::contains))
			.toList();
		return new RouteOptions(countries, currencies, Set.copyOf(programs), Set.copyOf(degrees), Map.copyOf(titles),
				regions);
	}

}
