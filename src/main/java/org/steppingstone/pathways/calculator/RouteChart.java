package org.steppingstone.pathways.calculator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.steppingstone.catalog.RouteEstimate;

/**
 * The geometry of the cost chart: one bar for each route, the stacked one in two
 * segments, on a common scale. The template draws it as inline SVG; the same figures are
 * in the table beside it.
 *
 * @param bars the stacked route, then the direct route
 * @param width the drawing's width in SVG units
 * @param height its height
 */
public record RouteChart(List<Bar> bars, int width, int height) {

	/**
	 * Narrow, with each label above its bar, so that on a 375 px phone the text is drawn
	 * at nearly its full size.
	 */
	static final int WIDTH = 400;

	/**
	 * Room after the longer bar for its total: "US$123,456" in the chart's bold 17 px,
	 * with the gap before it.
	 */
	static final int TOTAL_WIDTH = 120;

	static final int LABEL_HEIGHT = 22;

	static final int BAR_HEIGHT = 30;

	static final int GAP = 14;

	/** The chart, or null when the cost of either route is unknown. */
	public static RouteChart of(RouteEstimate estimate) {
		if (!estimate.isCostKnown()) {
			return null;
		}
		BigDecimal top = estimate.stackedCost().max(estimate.directCost());
		int plot = WIDTH - TOTAL_WIDTH;
		int y = GAP + LABEL_HEIGHT;
		Segment price = segment(0, estimate.inputs().price(), top, plot, "bar-micromasters");
		Segment rest = segment(price.x() + price.width(), estimate.remainingTuition(), top, plot, "bar-remaining");
		Bar stacked = new Bar("stacked", y, List.of(price, rest), estimate.stackedCost(), rest.x() + rest.width() + 8);
		y += BAR_HEIGHT + GAP + LABEL_HEIGHT;
		Segment whole = segment(0, estimate.directCost(), top, plot, "bar-direct");
		Bar direct = new Bar("direct", y, List.of(whole), estimate.directCost(), whole.x() + whole.width() + 8);
		return new RouteChart(List.of(stacked, direct), WIDTH, y + BAR_HEIGHT + GAP);
	}

	private static Segment segment(int x, BigDecimal value, BigDecimal top, int plot, String kind) {
		int width = (top.signum() == 0) ? 0
				: value.multiply(BigDecimal.valueOf(plot)).divide(top, 0, RoundingMode.HALF_UP).intValue();
		return new Segment(x, width, kind, value);
	}

	/**
	 * One route's bar.
	 *
	 * @param route {@code stacked} or {@code direct}
	 * @param y the bar's top
	 * @param segments its parts, left to right
	 * @param total the route's cost, written at the bar's end
	 * @param totalX where the total is written
	 */
	public record Bar(String route, int y, List<Segment> segments, BigDecimal total, int totalX) {

		public int height() {
			return BAR_HEIGHT;
		}

		/** The baseline of the total, beside the bar. */
		public int textY() {
			return this.y + BAR_HEIGHT / 2 + 5;
		}

		/** The baseline of the route's name, above the bar. */
		public int labelY() {
			return this.y - 7;
		}

	}

	/**
	 * A part of a bar.
	 *
	 * @param x its left edge
	 * @param width its width
	 * @param kind its CSS class
	 * @param value the dollars it stands for
	 */
	public record Segment(int x, int width, String kind, BigDecimal value) {
	}

}
