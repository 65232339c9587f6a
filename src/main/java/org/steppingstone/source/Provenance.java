package org.steppingstone.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a page needs to show where its figures come from: the sources it cites, by id, and
 * the values its sources disagree on.
 *
 * @param sources the cited sources by id
 * @param conflicts the disagreements about the page's program, courses, degree or
 * pathways
 * @param labels what the page calls each of those entities, by id
 */
public record Provenance(Map<String, Source> sources, List<Conflict> conflicts, Map<String, String> labels) {

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
