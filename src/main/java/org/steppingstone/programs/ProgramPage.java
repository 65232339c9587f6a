package org.steppingstone.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import org.steppingstone.catalog.Course;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PricedRoute;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.catalog.ShareCredited;
import org.steppingstone.source.Source;
import org.steppingstone.system.SiteUrls;
import org.steppingstone.source.Provenance;

/**
 * Everything a program's page shows.
 *
 * @param program the program with its institution and sources
 * @param courses its courses in order
 * @param pathways its pathways with receiving institution, degree and conditions
 * @param provenance the cited sources and the disagreements among them
 * @param rates our reference rates, for routes with an amount in another currency
 * @param currency the currency of the cheapest route's total, US dollars unless the
 * learner asks another with a reference rate
 */
public record ProgramPage(Program program, List<Course> courses, List<Pathway> pathways, Provenance provenance,
		ReferenceRates rates, Currency currency) {

	/** The same page, its cheapest route totalled in another currency. */
	public ProgramPage in(Currency currency) {
		return new ProgramPage(this.program, this.courses, this.pathways, this.provenance, this.rates, currency);
	}

	/** The currency's code when it is not US dollars, for the forms that carry it. */
	public String currencyParameter() {
		return ReferenceRates.USD.equals(this.currency) ? null : this.currency.getCurrencyCode();
	}

	/** A link from the page, carrying its currency when it is not US dollars. */
	public String carry(String url) {
		return SiteUrls.carryingCurrency(url, this.currency);
	}

	public long coreCourseCount() {
		return this.courses.stream().filter((c) -> !c.isElective()).count();
	}

	public long electiveCount() {
		return this.courses.stream().filter(Course::isElective).count();
	}

	/**
	 * How many electives to choose, when the program states how many courses the
	 * credential needs.
	 */
	public Long electivesRequired() {
		Integer required = this.program.getRequiredCourseCount();
		return (required != null && electiveCount() > 0) ? Math.max(0, required - coreCourseCount()) : null;
	}

	/**
	 * The program and up to three degrees it counts toward, as a side-by-side
	 * comparison's items.
	 */
	public List<String> comparisonItems() {
		List<String> items = new ArrayList<>(List.of("program:" + this.program.getId()));
		this.pathways.stream()
			.filter((p) -> p.getDegree() != null)
			.map((p) -> "degree:" + p.getDegree().getId())
			.distinct()
			.limit(3)
			.forEach(items::add);
		return items;
	}

	/**
	 * The weeks of all courses together, when every course is required and states its
	 * weeks.
	 */
	public Integer totalWeeks() {
		return (this.courses.isEmpty() || electiveCount() > 0
				|| this.courses.stream().anyMatch((c) -> c.getWeeks() == null)) ? null
						: this.courses.stream().mapToInt(Course::getWeeks).sum();
	}

	/** The largest share of a degree that one of its pathways credits, or null. */
	public BigDecimal largestShare() {
		return this.pathways.stream()
			.map(Pathway::getCreditSharePercent)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The shares its pathways state and, apart from them, the highest ceiling where a
	 * university states only the most it may credit, as the comparison reads them.
	 */
	public ShareCredited shareCredited() {
		return ShareCredited.of(this.pathways, (id) -> {
			Source source = this.provenance.source(id);
			return (source != null) ? source.getPublishedOn() : null;
		});
	}

	/**
	 * The route our sources' figures total cheapest in the page's currency (price and the
	 * tuition still due, an amount in another currency at our reference rate), or null
	 * when no route can be totalled.
	 */
	public PricedRoute cheapestRoute() {
		return PricedRoute.cheapest(this.pathways, this.rates, this.currency);
	}

	/**
	 * Where no route can be totalled exactly, the one whose cost is bounded lowest (the
	 * most it can cost, counting no credit); null otherwise.
	 */
	public PricedRoute cheapestBoundedRoute() {
		return PricedRoute.cheapestBounded(this.pathways, this.rates, this.currency);
	}

}
