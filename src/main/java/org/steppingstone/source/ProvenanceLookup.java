package org.steppingstone.source;

import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a page's sources and disagreements in two statements, whatever the number of
 * facts on the page.
 */
@Service
@Transactional(readOnly = true)
public class ProvenanceLookup {

	private final ConflictRepository conflicts;

	private final SourceRepository sources;

	ProvenanceLookup(ConflictRepository conflicts, SourceRepository sources) {
		this.conflicts = conflicts;
		this.sources = sources;
	}

	/**
	 * @param entities the programs, courses, degrees and pathways shown on the page, by
	 * id, with what the page calls them
	 * @param sourceIds the sources its facts cite (nulls are ignored)
	 */
	public Provenance load(Map<String, String> entities, Collection<String> sourceIds) {
		return load(entities, Map.of(), sourceIds);
	}

	/**
	 * As {@link #load(Map, Collection)}, with the currency of each entity's amount, in
	 * which a disagreement about it gives its numbers.
	 */
	public Provenance load(Map<String, String> entities, Map<String, Currency> currencies,
			Collection<String> sourceIds) {
		List<Conflict> disputes = entities.isEmpty() ? List.of() : this.conflicts.findByEntityIdIn(entities.keySet());
		Set<String> ids = new LinkedHashSet<>();
		sourceIds.stream().filter((id) -> id != null).forEach(ids::add);
		disputes.forEach((c) -> c.getValues().forEach((v) -> ids.add(v.getSourceId())));
		return new Provenance(this.sources.mapByIds(ids), disputes, Map.copyOf(entities), Map.copyOf(currencies));
	}

}
