package org.steppingstone.routes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steppingstone.catalog.Bound;
import org.steppingstone.catalog.RouteEstimate;
import org.steppingstone.system.Formats;

/**
 * One line per route that answers first, in words, built once for the page and the API
 * alike: "US$38,350 · 17–29 months · saves US$35,650", "at most US$12,375 · at most 48
 * months", or what blocks a total ("Cannot be totalled: Master's tuition not stated by
 * our sources"). A bound is never written as the total: the words say "at most" or
 * "between".
 */
@Component
public class RouteAnswers {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	private final Formats formats;

	RouteAnswers(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** The route's answer line. */
	public String line(Route route) {
		RouteEstimate e = route.estimate();
		if (e.cost().isBlocked()) {
			return blocked(route);
		}
		Currency currency = route.currency();
		List<String> parts = new ArrayList<>();
		parts.add(cost(e.cost(), currency));
		parts.add(months(e.months()));
		if (e.costSaving() != null) {
			int sign = e.costSaving().signum();
			parts.add((sign > 0) ? msg("routes.answer.saves", money(e.costSaving(), currency))
					: (sign < 0) ? msg("routes.answer.costsMore", money(e.costSaving().negate(), currency))
							: msg("routes.answer.same"));
		}
		return String.join(msg("routes.answer.separator"), parts);
	}

	/** What keeps a route from being totalled, in one line. */
	public String blocked(Route route) {
		List<String> reasons = new ArrayList<>();
		for (Route.Gap gap : route.blocking()) {
			String figure = msg("routes.figure." + gap.figure() + ".label");
			reasons.add(switch (gap.reason()) {
				case "currency" -> msg("routes.block.currency", figure, this.formats.currencyName(gap.currency()),
						route.currency().getCurrencyCode());
				case "noSingle" -> msg("routes.block.noSingle", figure);
				default ->
					"degree".equals(gap.figure()) ? msg("routes.block.degree") : msg("routes.block.missing", figure);
			});
		}
		return msg("routes.answer.blocked", String.join(msg("routes.answer.and"), reasons));
	}

	private String cost(Bound cost, Currency currency) {
		if (cost.exact()) {
			return money(cost.atMost(), currency);
		}
		return cost.isRange()
				? msg("routes.answer.cost.between", money(cost.atLeast(), currency), money(cost.atMost(), currency))
				: msg("routes.answer.cost.atMost", money(cost.atMost(), currency));
	}

	private String months(Bound months) {
		if (months.isBlocked()) {
			return msg("routes.answer.months.unknown");
		}
		if (months.exact()) {
			return msg("unit.months", this.formats.months(months.atLeast(), months.atMost()), months.atMost());
		}
		return months.isRange()
				? msg("routes.answer.months.between", this.formats.number(months.atLeast()),
						this.formats.number(months.atMost()))
				: msg("routes.answer.months.atMost", this.formats.number(months.atMost()), months.atMost());
	}

	/** Whole units when the amount has no cents, as published amounts are shown. */
	private String money(BigDecimal amount, Currency currency) {
		return this.formats.money(amount.setScale(2, RoundingMode.HALF_UP), currency);
	}

	private String msg(String code, Object... args) {
		return this.messages.getMessage(code, args, LOCALE);
	}

}
