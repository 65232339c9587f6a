package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The share of a Master's that a credential's credit pathways count for: the shares our
 * sources state, and apart from them the highest ceiling where a source states only how
 * much at most may be credited.
 *
 * @param min the smallest stated share, or null when none is stated
 * @param max the largest stated share, or null
 * @param statedFrom the earliest date of the pathways stating a share, or null
 * @param statedTo the latest such date, or null
 * @param undated how many of the pathways stating a share are undated
 * @param ceiling the highest ceiling of the pathways stating no share, or null
 * @param ceilingAsOf the date of that ceiling's source, or null when undated
 */
public record ShareCredited(BigDecimal min, BigDecimal max, String statedFrom, String statedTo, int undated,
		BigDecimal ceiling, String ceilingAsOf) {

	/**
	 * @param pathways the pathways whose credit counts
	 * @param sourceDate the date of a source by its id, or null when undated
	 */
	public static ShareCredited of(List<Pathway> pathways, Function<String, String> sourceDate) {
		List<Pathway> credit = pathways.stream().filter(Pathway::isCredit).toList();
		List<Pathway> stated = credit.stream().filter((w) -> w.getCreditSharePercent() != null).toList();
		List<String> dates = stated.stream().map(Pathway::getAsOf).filter(Objects::nonNull).sorted().toList();
		Pathway capped = credit.stream()
			.filter((w) -> w.getCreditSharePercent() == null && w.getCreditMaxSharePercent() != null)
			.max(Comparator.comparing(Pathway::getCreditMaxSharePercent))
			.orElse(null);
		return new ShareCredited(
				stated.stream().map(Pathway::getCreditSharePercent).min(Comparator.naturalOrder()).orElse(null),
				stated.stream().map(Pathway::getCreditSharePercent).max(Comparator.naturalOrder()).orElse(null),
				dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
				stated.size() - dates.size(), (capped != null) ? capped.getCreditMaxSharePercent() : null,
				(capped != null) ? sourceDate.apply(capped.getCreditMaxSourceId()) : null);
	}

	public boolean stated() {
		return this.max != null;
	}

	public boolean known() {
		return this.max != null || this.ceiling != null;
	}

}
