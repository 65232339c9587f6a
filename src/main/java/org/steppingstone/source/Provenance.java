package org.steppingstone.source;

import java.util.List;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a page needs to show where its figures come from: the sources it cites, by id, and
 * the values its sources disagree on.
 *
 * @param sources the cited sources by id
 * @param conflicts the disagreements about the page's program, courses, degree or
 * pathways
 * @param labels what the page calls each of those entities, by id
 * @param currencies the currency of each entity's amount (a program's price, a degree's
 * tuition), by id, where the page shows one
 */
public record Provenance(Map<String, Source> sources, List<Conflict> conflicts, Map<String, String> labels,
		Map<String, Currency> currencies) {

	/** The fields whose disputed values are amounts of money. */
	private static final Set<String> MONEY = Set.of("price", "tuition");

	/**
	 * The currency a disagreement's bare numbers are in: that of the amount the page
	 * shows for the same field, or null where the field is not money or the page shows
	 * none (a number is then shown as the source wrote it).
	 */
	public Currency currency(Conflict conflict) {
		return MONEY.contains(conflict.getField()) ? this.currencies.get(conflict.getEntityId()) : null;
	}

	/** What the page calls the entity a disagreement is about. */
	public String label(Conflict conflict) {
		return this.labels.getOrDefault(conflict.getEntityId(), conflict.getEntityId());
	}

	public Source source(String id) {
		return (id != null) ? this.sources.get(id) : null;
	}

	/**
	 * The disagreement about one field of one entity, or null when the sources agree or
	 * only one states it.
	 */
	public Conflict disputed(String entityId, String field) {
		return this.conflicts.stream()
			.filter((c) -> Objects.equals(c.getEntityId(), entityId) && Objects.equals(c.getField(), field))
			.findFirst()
			.orElse(null);
	}

}
