package org.steppingstone.api;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Bound;
import org.steppingstone.catalog.Months;
import org.steppingstone.catalog.MonthsSaved;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.RouteEstimate;
import org.steppingstone.catalog.WorldRegion;
import org.steppingstone.routes.Route;

/**
 * One route, MicroMasters program → pathway → Master's degree, as {@code /routes} shows
 * it: totals in the learner's currency computed as the calculator computes them, and
 * every figure they rest on with its source and date.
 */
@Schema(description = "One route: MicroMasters program → pathway → Master's degree, totalled as the calculator "
		+ "totals it. A total is null when a figure it needs is missing or in another currency (cannotRank says "
		+ "which); a missing figure is never counted as zero.")
record RouteItem(
		@Schema(description = "Its place in the ranking, from 1; null for a route that cannot be ranked.",
				example = "1") Integer rank,
		@Schema(example = "mitx-supply-chain-management-to-mit-masters-supply-chain-management") String pathway,
		PathwayItem.ProgramRef program,
		@Schema(description = "Null when the pathway names only the university.") PathwayItem.DegreeRef degree,
		InstitutionRef receivingInstitution,
		@Schema(description = "The receiving university's world region.", allowableValues = {
				"africa", "asia", "europe", "latin-america", "northern-america", "oceania" }) String region,
		@Schema(description = "Where the pathway's degree is taught; null when our sources do not state it.",
				allowableValues = { "online", "blended", "on-campus" }) String delivery,
		@Schema(description = "Which end of the route is in the field asked for (the field parameter): program "
				+ "(the MicroMasters), degree (the Master's) or both; null when no field was asked for.",
				allowableValues = { "program", "degree", "both" }) String fieldMatch,
		@Schema(description = "True for a route from a retired program: no one can take it today.") boolean historical,
		@Schema(description = "What our sources confirm about the pathway, as its page and the pathway API word "
				+ "it: confirmed (an official source describes it), officialSilent (official pages are among its "
				+ "sources, but none states it), unofficial (no official source) or historical (its MicroMasters has "
				+ "retired).",
				allowableValues = { "confirmed", "officialSilent", "unofficial", "historical" }) String evidence,
		@Schema(description = "exact: every figure of the cost and months is known; bounded: the share credited is "
				+ "not stated, so costBounds and monthsBounds say what the known figures prove; blocked: a price, "
				+ "tuition or degree is missing (cannotRank says which).",
				allowableValues = { "exact", "bounded", "blocked" }) String total,
		@Schema(description = "The answer line /routes shows for the route, in words.",
				example = "US$38,350 · 17–29 months · saves US$35,650") String answer,
		@Schema(description = "With maxCost or maxMonths: fits (the most it can cost and take are within them) or "
				+ "mayFit (only the least is); null without a limit or for a blocked route.",
				allowableValues = { "fits", "mayFit" }) String fit,
		@Schema(description = "What the known figures prove about the total cost: atMost counts no credit; atLeast "
				+ "is stated only where a ceiling on the credit bounds it. Null for a blocked route.") Bounds costBounds,
		@Schema(description = "What the known figures prove about the total months, likewise; null when a length is "
				+ "missing.") Bounds monthsBounds,
		@Schema(description = "MicroMasters price + the tuition still due after the credit.") Amount totalCost,
		@Schema(description = "MicroMasters months + the degree's months × (100 − share) ÷ 100.") MonthRange totalMonths,
		@Schema(description = "The Master's alone: its whole tuition.") Amount directCost,
		@Schema(description = "The Master's alone: its length.") MonthRange directMonths, CostDifference costDifference,
		MonthsDifference monthsDifference, Share share,
		@Schema(description = "The MicroMasters price as published, in its own currency.") Money price,
		@Schema(description = "The Master's tuition as published, in its own currency.") Money tuition,
		@Schema(description = "How long the MicroMasters takes.") NumberRange programMonths,
		@Schema(description = "How long the Master's takes from scratch.") NumberRange degreeMonths,
		@Schema(description = "False where the degree charges its whole tuition to students admitted with credit.") boolean creditReducesTuition,
		@Schema(description = "Null when not stated.") Boolean admissionRequired,
		@Schema(description = "Null when not stated.") Boolean onCampusRequired, List<Conversion> conversions,
		@Schema(description = "Why the route cannot be ranked; empty for a ranked one.") List<Gap> cannotRank,
		RouteLinks links){

	static RouteItem of(Route route, Integer rank, String answer, String fit, String fieldMatch) {
		Pathway w = route.pathway();
		RouteEstimate e = route.estimate();
		Currency currency = route.currency();
		return new RouteItem(rank, w.getId(), PathwayItem.ProgramRef.of(w.getProgram()),
				PathwayItem.DegreeRef.of(w.getDegree()), InstitutionRef.of(w.getInstitution()),
				WorldRegion.of(w.getInstitution().getCountry()).map(WorldRegion::getSlug).orElse(null),
				(w.getDegree() != null) ? w.getDegree().getDelivery() : null, fieldMatch, route.isHistorical(),
				w.getEvidence(), route.total(), answer, fit, Bounds.of(e.cost(), currency.getCurrencyCode()),
				Bounds.of(e.months(), null), Amount.of(e.stackedCost(), currency), MonthRange.of(e.stackedMonths()),
				Amount.of(e.directCost(), currency), MonthRange.of(e.directMonths()),
				CostDifference.of(e.costSaving(), currency), MonthsDifference.of(e.monthSaving()), Share.of(w),
				Money.of(route.figures().price()), Money.of(route.figures().tuition()),
				NumberRange.of(w.getProgram().getLength()),
				(w.getDegree() != null) ? NumberRange.of(w.getDegree().getLength()) : null,
				route.figures().creditReducesTuition(), w.getAdmissionRequired(), w.getOnCampusRequired(),
				route.conversions()
					.stream()
					.map((c) -> new Conversion(c.figure(), c.published().value(), c.published().currencyCode(),
							c.rate(), c.converted(), currency.getCurrencyCode(), c.reference() ? "reference" : "yours",
							c.period()))
					.toList(),
				route.gaps()
					.stream()
					.map((g) -> new Gap(g.figure(), g.reason(),
							(g.currency() != null) ? g.currency().getCurrencyCode() : null))
					.toList(),
				new RouteLinks("/programs/" + w.getProgram().getId(),
						(w.getDegree() != null) ? "/degrees/" + w.getDegree().getId() : null, route.pathwayUrl(),
						route.calculatorUrl()));
	}

	@Schema(name = "RouteAmount", description = "A sum in the learner's currency.")
	record Amount(@Schema(example = "38350.00") BigDecimal amount, @Schema(example = "USD") String currency) {

		static Amount of(BigDecimal amount, Currency currency) {
			return (amount != null) ? new Amount(amount, currency.getCurrencyCode()) : null;
		}

	}

	@Schema(name = "RouteMonths", description = "A length in months, to a tenth; min = max for a single figure.")
	record MonthRange(@Schema(example = "17") BigDecimal min, @Schema(example = "29") BigDecimal max) {

		static MonthRange of(Months months) {
			return (months != null) ? new MonthRange(months.min(), months.max()) : null;
		}

	}

	@Schema(description = "How the route's cost compares with the Master's alone, never as a negative saving.")
	record CostDifference(
			@Schema(description = "The difference, never negative.", example = "35650.00") BigDecimal amount,
			@Schema(example = "USD") String currency,
			@Schema(description = "The route costs this much less or more.", allowableValues = {
					"less", "more", "same" }) String direction){

		static CostDifference of(BigDecimal saving, Currency currency) {
			if (saving == null) {
				return null;
			}
			String direction = (saving.signum() > 0) ? "less" : (saving.signum() < 0) ? "more" : "same";
			return new CostDifference(saving.abs(), currency.getCurrencyCode(), direction);
		}

	}

	@Schema(description = "How the route's time compares with the Master's alone: shorterBy and longerBy are never "
			+ "negative; mixed when it depends on the lengths taken.")
	record MonthsDifference(@Schema(allowableValues = {
			"shorter", "longer", "same", "mixed" }) String direction, MonthRange shorterBy, MonthRange longerBy){

		static MonthsDifference of(MonthsSaved saved) {
			return (saved != null) ? new MonthsDifference(saved.direction(), MonthRange.of(saved.shorterBy()),
					MonthRange.of(saved.longerBy())) : null;
		}

	}

	@Schema(name = "RouteShare", description = "The share of the degree credited, with the pathway's date and sources.")
	record Share(@Schema(example = "50") BigDecimal percent, @Schema(allowableValues = {
			"stated", "computed" }) String basis,
			@Schema(description = "The pathway's date: the share has no date of its own in our data, so this is "
					+ "the date of the pathway it belongs to; null when the pathway is undated.",
					example = "2019") String asOf,
			List<String> sources){

		static Share of(Pathway w) {
			return (w.getCreditSharePercent() != null) ? new Share(w.getCreditSharePercent(), w.getCreditShareBasis(),
					w.getAsOf(), List.copyOf(w.getSourceIds())) : null;
		}

	}

	@Schema(description = "An amount converted at the learner's rate (the rate parameter) or, without one, at our "
			+ "reference rate (the newest monthly average of the Federal Reserve's H.10/G.5 series).")
	record Conversion(@Schema(allowableValues = {
			"price", "tuition" }) String figure, @Schema(example = "242000") BigDecimal amount,
			@Schema(example = "HKD") String currency,
			@Schema(description = "Units of the learner's currency for one unit of currency.",
					example = "0.128") BigDecimal rate,
			@Schema(example = "30976.00") BigDecimal converted, @Schema(example = "USD") String convertedCurrency,
			@Schema(description = "Whose rate: the learner's or our reference rate.",
					allowableValues = { "yours", "reference" }) String rateBy,
			@Schema(description = "The month the reference rate is the average of; null for the learner's rate.",
					example = "2026-06") String period){
	}

	@Schema(name = "RouteBounds", description = "What the known figures prove about a total. exact: atLeast and "
			+ "atMost are its ends (equal for a single figure). Otherwise atMost is the most it can be (no credit) and "
			+ "atLeast, when leastStated, the least (a ceiling on the credit); a bound is never the total.")
	record Bounds(@Schema(example = "12375.00") BigDecimal atMost,
			@Schema(description = "Null when nothing bounds "
					+ "it from below but the part known for certain.") BigDecimal atLeast,
			boolean exact,
			@Schema(description = "The currency, for a cost; null for months.", example = "USD") String currency) {

		static Bounds of(Bound bound, String currency) {
			if (bound.isBlocked()) {
				return null;
			}
			return new Bounds(bound.atMost(), (bound.exact() || bound.leastStated()) ? bound.atLeast() : null,
					bound.exact(), currency);
		}

	}

	@Schema(description = "A figure the total lacks.")
	record Gap(@Schema(allowableValues = {
			"degree", "price", "tuition", "share", "programMonths", "degreeMonths" }) String figure,
			@Schema(description = "missing: our sources do not state it; noSingle: they give no single figure (the "
					+ "figure's note says why); currency: it is published in another currency and no rate converts "
					+ "it.", allowableValues = { "missing", "noSingle", "currency" }) String reason,
			@Schema(description = "The currency it is published in, for reason currency.") String currency){
	}

	@Schema(description = "The route's pages; calculator opens it in the calculator, where missing figures can be "
			+ "entered.")
	record RouteLinks(String program, @Schema(description = "Null when no degree is named.") String degree,
			String pathway, String calculator) {
	}

}
