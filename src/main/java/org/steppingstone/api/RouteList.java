package org.steppingstone.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.routes.RouteResults;

/**
 * The route finder's answer, in the page's order: ranked routes, then those that cannot
 * be ranked yet, and how many a known figure over a limit left out.
 */
@Schema(description = "The answer to a route question, in the order of /routes.")
record RouteList(
		@Schema(description = "The currency of every total (the currency parameter).", example = "USD") String currency,
		@Schema(allowableValues = {
				"cost", "months", "saving", "share" }) String sort,
		@Schema(description = "The learner's rates that converted an amount; empty when none did.") List<Rate> rates,
		@Schema(description = "Our reference rate when it converted an amount: its month and publisher; null when "
				+ "none did.") ReferenceRate referenceRate,
		@Schema(description = "Routes whose cost can be totalled: exact totals first, then bounded ones (total "
				+ "says which), each in the sort order; a bounded route sorts by the most it can cost or take.") List<RouteItem> ranked,
		@Schema(description = "Routes whose total cannot be computed yet (a price, tuition or degree is missing), by "
				+ "title; each says what blocks it.") List<RouteItem> unranked,
		@Schema(description = "Currencies that need a rate (rate and rateFrom) before some routes can be totalled.") List<String> needRate,
		LeftOut leftOut){

	static RouteList of(RouteResults results) {
		List<RouteItem> ranked = IntStream.range(0, results.ranked().size())
			.mapToObj((i) -> RouteItem.of(results.ranked().get(i), i + 1, results.answer(results.ranked().get(i)),
					results.fit(results.ranked().get(i)), results.fieldEnd(results.ranked().get(i))))
			.toList();
		return new RouteList(results.currency().getCurrencyCode(), results.sort(), results.ratesUsed()
			.entrySet()
			.stream()
			.map((r) -> new Rate(r.getKey().getCurrencyCode(), r.getValue(), results.currency().getCurrencyCode()))
			.toList(),
				(results.reference() != null) ? new ReferenceRate(results.reference().period(),
						results.reference().source(), results.reference().sourceUrl()) : null,
				ranked,
				results.unranked()
					.stream()
					.map((r) -> RouteItem.of(r, null, results.answer(r), null, results.fieldEnd(r)))
					.toList(),
				results.needRate().stream().map((c) -> c.getCurrencyCode()).toList(),
				new LeftOut(results.leftOut().getOrDefault("maxCost", 0),
						results.leftOut().getOrDefault("maxMonths", 0), results.leftOut().getOrDefault("minShare", 0)));
	}

	@Schema(name = "RouteRate", description = "1 unit of from = rate units of to: the learner's rate.")
	record Rate(@Schema(example = "HKD") String from, @Schema(example = "0.128") BigDecimal rate,
			@Schema(example = "USD") String to) {
	}

	@Schema(description = "Our reference exchange rates: the newest monthly averages against the US dollar.")
	record ReferenceRate(@Schema(example = "2026-06") String period, @Schema(example = "Federal Reserve") String source,
			String url) {
	}

	@Schema(description = "How many routes a known figure over a limit left out, by limit.")
	record LeftOut(int maxCost, int maxMonths, int minShare) {
	}

}
