package org.steppingstone.routes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.ExchangeRates;
import org.springframework.web.util.UriComponentsBuilder;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.catalog.Titles;
import org.steppingstone.catalog.WorldRegion;
import org.steppingstone.source.Provenance;
import org.steppingstone.source.ProvenanceLookup;
import org.steppingstone.source.SourcedAmount;

/**
 * Answers the route finder's question for {@code /routes} and the API: the routes that
 * fit, ranked; those whose total cannot be computed yet, after them, each saying what is
 * missing; and how many a known total over a limit left out. A missing figure is never
 * counted as zero, and amounts in different currencies are never added without the
 * learner's rate. Two statements: the pathways with their programs and degrees, then the
 * sources the figures cite.
 */
@Service
@Transactional(readOnly = true)
public class RouteFinder {

	private static final Comparator<Route> BY_LABEL = Titles.<Route>by((r) -> r.pathway().getProgram().getTitle())
		.thenComparing(Titles.by((Route r) -> r.pathway().label()))
		.thenComparing((r) -> r.pathway().getId());

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	private final ExchangeRates rates;

	private final RouteAnswers answers;

	RouteFinder(PathwayRepository pathways, ProvenanceLookup provenance, ExchangeRates rates, RouteAnswers answers) {
		this.pathways = pathways;
		this.provenance = provenance;
		this.rates = rates;
		this.answers = answers;
	}

	/**
	 * Reads the catalog once and answers the query if it passes the check against it.
	 * @param accepts the caller's check: given the validator built on the catalog,
	 * whether the query holds
	 */
	public RouteSearch search(RouteQuery query, Predicate<RouteQueryValidator> accepts) {
		List<Pathway> pathways = this.pathways.findAllWithDetails();
		// A pathway that leads to no degree is no route, though its program and
		// university have pages that link here.
		List<Pathway> all = pathways.stream().filter((w) -> !"non-degree".equals(w.getKind())).toList();
		ReferenceRates reference = this.rates.reference();
		RouteOptions options = RouteOptions.of(pathways, all, reference.currencies());
		if (!accepts.test(new RouteQueryValidator(options, reference))) {
			return new RouteSearch(options, null, null);
		}
		return new RouteSearch(options, results(query, all, reference),
				RouteSet.of(pathways, Boolean.TRUE.equals(query.includeHistorical())));
	}

	private RouteResults results(RouteQuery query, List<Pathway> all, ReferenceRates reference) {
		Currency currency = query.currencyOrDefault();
		Map<Currency, BigDecimal> rates = query.rates();
		List<Route> ranked = new ArrayList<>();
		List<Route> unranked = new ArrayList<>();
		Map<String, Integer> leftOut = new LinkedHashMap<>();
		Set<Currency> needRate = new LinkedHashSet<>();
		for (Pathway pathway : all) {
			if (!selected(query, pathway)) {
				continue;
			}
			Route route = Route.of(pathway, currency, rates, reference);
			String over = overLimit(query, route);
			if (over != null) {
				leftOut.merge(over, 1, Integer::sum);
				continue;
			}
			route.gaps().stream().filter((g) -> g.currency() != null).forEach((g) -> needRate.add(g.currency()));
			(route.isRanked() ? ranked : unranked).add(route);
		}
		ranked.sort(order(query.sortOrDefault()));
		unranked.sort(BY_LABEL);
		boolean rateUsed = Stream.concat(ranked.stream(), unranked.stream())
			.anyMatch((r) -> r.conversions().stream().anyMatch((c) -> !c.reference()));
		boolean referenceUsed = Stream.concat(ranked.stream(), unranked.stream())
			.anyMatch((r) -> r.conversions().stream().anyMatch(Route.Conversion::reference));
		List<String> sourceIds = new ArrayList<>();
		Stream.concat(ranked.stream(), unranked.stream()).forEach((r) -> sourceIds.addAll(sourceIds(r)));
		Provenance sources = this.provenance.load(Map.of(), sourceIds);
		Map<String, String> answers = new LinkedHashMap<>();
		Stream.concat(ranked.stream(), unranked.stream())
			.forEach((r) -> answers.put(r.pathway().getId(), this.answers.line(r)));
		List<Relaxation> relaxations = (ranked.isEmpty() && unranked.isEmpty() && leftOut.isEmpty())
				? relaxations(query, all) : List.of();
		return new RouteResults(List.copyOf(ranked), List.copyOf(unranked), Map.copyOf(leftOut), List.copyOf(needRate),
				currency, rateUsed ? query.rates() : Map.of(), query.sortOrDefault(), sources,
				referenceUsed ? reference : null, query.maxCost(), query.maxMonths(), Map.copyOf(answers),
				query.field(), relaxations);
	}

	/**
	 * When the catalog has no route for the question, how many it has without each of the
	 * question's catalog filters, one at a time.
	 */
	private static List<Relaxation> relaxations(RouteQuery query, List<Pathway> all) {
		Map<String, String> values = query.values();
		List<Relaxation> relaxations = new ArrayList<>();
		for (String parameter : List.of("field", "delivery", "region", "country", "program", "degree",
				"includeHistorical")) {
			boolean used = parameter.equals("includeHistorical") ? !Boolean.TRUE.equals(query.includeHistorical())
					: values.containsKey(parameter);
			if (!used) {
				continue;
			}
			RouteQuery wider = query.without(parameter);
			int count = (int) all.stream().filter((w) -> selected(wider, w)).count();
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/routes");
			wider.values().forEach(url::queryParam);
			relaxations.add(new Relaxation(parameter, count, url.encode().build().toUriString()));
		}
		return List.copyOf(relaxations);
	}

	/**
	 * Whether no one can take the pathway's route today: historical, or its program
	 * retired.
	 */
	static boolean isHistorical(Pathway w) {
		return w.isHistorical() || w.getProgram().isRetired();
	}

	private static boolean selected(RouteQuery query, Pathway w) {
		boolean historical = isHistorical(w);
		return (!historical || Boolean.TRUE.equals(query.includeHistorical()))
				&& (query.field() == null || fieldEnd(query.field(), w) != null)
				&& (query.delivery() == null
						|| (w.getDegree() != null && query.delivery().equals(w.getDegree().getDelivery())))
				&& (query.region() == null || WorldRegion.fromSlug(query.region())
					.map((r) -> r.contains(w.getInstitution().getCountry()))
					.orElse(false))
				&& (query.country() == null || query.country().equals(w.getInstitution().getCountry()))
				&& (query.program() == null || query.program().equals(w.getProgram().getId()))
				&& (query.degree() == null || (w.getDegree() != null && query.degree().equals(w.getDegree().getId())));
	}

	/**
	 * Which end of a route is in a field: {@code program} (the MicroMasters),
	 * {@code degree} (the Master's) or {@code both}; null for neither.
	 */
	static String fieldEnd(String field, Pathway w) {
		boolean program = w.getProgram().getField() != null && w.getProgram().getField().getSlug().equals(field);
		boolean degree = w.getDegree() != null && w.getDegree().getField() != null
				&& w.getDegree().getField().getSlug().equals(field);
		return (program && degree) ? "both" : program ? "program" : degree ? "degree" : null;
	}

	/**
	 * Which limit the route breaks even at its least: {@code maxCost} (even the least it
	 * can cost, or its part known for certain, is over), {@code maxMonths} (likewise) or
	 * {@code minShare} (its share, or the most that may be credited, is under); null when
	 * none does or nothing of the figure is known.
	 */
	private static String overLimit(RouteQuery query, Route route) {
		if (query.maxCost() != null && "over".equals(route.estimate().cost().against(query.maxCost()))) {
			return "maxCost";
		}
		if (query.maxMonths() != null
				&& "over".equals(route.estimate().months().against(BigDecimal.valueOf(query.maxMonths())))) {
			return "maxMonths";
		}
		BigDecimal share = (route.figures().sharePercent() != null) ? route.figures().sharePercent()
				: route.figures().shareCeiling();
		if (query.minShare() != null && share != null && share.compareTo(query.minShare()) < 0) {
			return "minShare";
		}
		return null;
	}

	/**
	 * Exact totals first, then bounded ones; within each, the sort's order, where a
	 * bounded route counts by the most it can cost or take (and by the least it saves);
	 * ties go to the cheaper, then by title.
	 */
	static Comparator<Route> order(String sort) {
		Comparator<Route> tier = Comparator.comparing((Route r) -> "exact".equals(r.total()) ? 0 : 1);
		Comparator<Route> cheaper = Comparator.comparing((Route r) -> r.estimate().cost().atMost(),
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Route> shorter = Comparator
			.comparing((Route r) -> r.estimate().months().exact() ? r.estimate().months().atLeast()
					: r.estimate().months().atMost(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing((Route r) -> r.estimate().months().atMost(),
					Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Route> first = switch (sort) {
			case "months" -> shorter.thenComparing(cheaper);
			case "saving" ->
				Comparator
					.comparing((Route r) -> r.estimate().leastCostSaving(),
							Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
					.thenComparing(cheaper);
			case "share" ->
				Comparator
					.comparing((Route r) -> r.figures().sharePercent(),
							Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
					.thenComparing(cheaper);
			default -> cheaper.thenComparing(shorter);
		};
		return tier.thenComparing(first).thenComparing(BY_LABEL);
	}

	private static List<String> sourceIds(Route route) {
		List<String> ids = new ArrayList<>();
		Stream.of(route.figures().price(), route.figures().tuition())
			.filter((a) -> a != null)
			.map(SourcedAmount::sourceId)
			.forEach(ids::add);
		Pathway w = route.pathway();
		if (w.getProgram().getLength() != null) {
			ids.add(w.getProgram().getLength().sourceId());
		}
		if (w.getDegree() != null && w.getDegree().getLength() != null) {
			ids.add(w.getDegree().getLength().sourceId());
		}
		if (w.getDegree() != null && !route.figures().creditReducesTuition()) {
			ids.add(w.getDegree().getCreditReducesTuitionSourceId());
		}
		return ids;
	}

	/**
	 * @param options what the form offers
	 * @param results the answer, or null when the query has errors
	 */
	public record RouteSearch(RouteOptions options, RouteResults results, RouteSet set) {
	}

}
