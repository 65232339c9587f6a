package org.steppingstone.compare;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PricedRoute;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ReferenceRates;
import org.steppingstone.catalog.ShareCredited;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.system.SiteUrls;

/**
 * One column of the comparison: a MicroMasters program or a Master's degree, with the
 * pathways that link it to the other kind.
 *
 * @param item its {@code item} parameter, {@code program:slug} or {@code degree:slug}
 * @param program the program, or null for a degree
 * @param degree the degree, or null for a program
 * @param pathways the program's pathways to degrees, or the pathways into the degree
 * @param url the credential's page on this site
 * @param share the share of a Master's its pathways credit
 * @param rates our reference rates, for routes with an amount in another currency
 * @param currency the currency of the cheapest route's total, US dollars unless the
 * learner asks another with a reference rate
 */
public record Credential(String item, Program program, Degree degree, List<Pathway> pathways, String url,
		ShareCredited share, ReferenceRates rates, Currency currency) {

	/**
	 * The pathways one can take: a program's own, as its page counts them; into a degree,
	 * those whose MicroMasters has not retired.
	 */
	static List<Pathway> open(Program program, List<Pathway> pathways) {
		return (program != null) ? pathways : pathways.stream().filter((w) -> !w.isHistorical()).toList();
	}

	public boolean isMicroMasters() {
		return this.program != null;
	}

	public String title() {
		return isMicroMasters() ? this.program.getTitle() : this.degree.getTitle();
	}

	public String institutionName() {
		return isMicroMasters() ? this.program.getInstitution().getName() : this.degree.getInstitution().getName();
	}

	public String fieldLabel() {
		return isMicroMasters() ? this.program.getField().getLabel() : this.degree.getField().getLabel();
	}

	/**
	 * Whether any pathway into this degree needs a separate application; null when no
	 * source says.
	 */
	public Boolean admissionRequired() {
		if (this.pathways.stream().anyMatch((p) -> Boolean.TRUE.equals(p.getAdmissionRequired()))) {
			return true;
		}
		return this.pathways.stream().anyMatch((p) -> Boolean.FALSE.equals(p.getAdmissionRequired())) ? false : null;
	}

	/** The MicroMasters price or the degree's tuition, or null. */
	public SourcedAmount amount() {
		return isMicroMasters() ? this.program.getPrice() : this.degree.getTuition();
	}

	/**
	 * The price per course to pass (every course when the program does not say how many
	 * it needs), or a degree's tuition per credit; null when a figure is missing.
	 */
	public PricePer pricePer() {
		if (isMicroMasters()) {
			Integer courses = (this.program.getRequiredCourseCount() != null) ? this.program.getRequiredCourseCount()
					: this.program.getCourseCount();
			return PricePer.of(amount(), (courses != null) ? BigDecimal.valueOf(courses) : null, "courses");
		}
		Degree.Credits credits = this.degree.getCredits();
		return (credits != null) ? PricePer.of(amount(), credits.value(), credits.unit()) : null;
	}

	/**
	 * The route (MicroMasters price and the tuition still due) that totals cheapest in
	 * the comparison's currency, as the pathway pages total it, an amount in another
	 * currency at our reference rate; null when none can be totalled.
	 */
	public PricedRoute cheapestRoute() {
		return PricedRoute.cheapest(open(this.program, this.pathways), this.rates, this.currency);
	}

	/**
	 * Where no route can be totalled exactly, the one bounded lowest (the most it can
	 * cost, counting no credit); null otherwise.
	 */
	public PricedRoute cheapestBoundedRoute() {
		return PricedRoute.cheapestBounded(open(this.program, this.pathways), this.rates, this.currency);
	}

	/**
	 * A link from the column, carrying the comparison's currency when it is not US
	 * dollars: a pathway's page, or a program's (a degree's page totals nothing).
	 */
	public String carry(String url) {
		return SiteUrls.carryingCurrency(url, this.currency);
	}

}
